import type { Handlers } from '../handlers';
import { processorRegisterService } from './processor-register.service';
import { servicesService } from './services.service';
import { subscriptionsService } from './subscriptions.service';

export const serviceHandlers: Handlers<
  | 'services.list'
  | 'services.get'
  | 'services.create'
  | 'services.update'
  | 'services.delete'
  | 'subscriptions.list'
  | 'subscriptions.create'
  | 'subscriptions.update'
  | 'subscriptions.delete'
  | 'processorRegister.list'
  | 'subprocessors.matrix'
> = {
  'services.list': (query, ctx) => ctx.session().use(servicesService).list(query),
  'services.get': ({ id }, ctx) => ctx.session().use(servicesService).get(id),
  'services.create': (fields, ctx) => ctx.session().use(servicesService).create(fields),
  'services.update': ({ id, revision, fields }, ctx) => ctx.session().use(servicesService).update(id, revision, fields),
  'services.delete': ({ id, revision }, ctx) => ctx.session().use(servicesService).delete(id, revision),
  'subscriptions.list': (filter, ctx) => ctx.session().use(subscriptionsService).list(filter),
  'subscriptions.create': (fields, ctx) => ctx.session().use(subscriptionsService).create(fields),
  'subscriptions.update': ({ id, revision, fields }, ctx) => ctx.session().use(subscriptionsService).update(id, revision, fields),
  'subscriptions.delete': ({ id, revision }, ctx) => ctx.session().use(subscriptionsService).delete(id, revision),
  'processorRegister.list': (input, ctx) => ctx.session().use(processorRegisterService).list(input),
  'subprocessors.matrix': (input, ctx) => ctx.session().use(processorRegisterService).matrix(input),
};
