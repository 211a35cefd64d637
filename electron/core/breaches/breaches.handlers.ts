import type { Handlers } from '../handlers';
import { writeBreachDocument, writeCustomerNotices } from './breach-documents.service';
import { breachesService } from './breaches.service';

export const breachHandlers: Handlers<
  | 'breaches.list'
  | 'breaches.get'
  | 'breaches.create'
  | 'breaches.update'
  | 'breaches.delete'
  | 'breaches.recordCustomerNotice'
  | 'breaches.clocks'
  | 'breaches.document'
  | 'breaches.customerNotices'
> = {
  'breaches.list': (filter, ctx) => ctx.session().use(breachesService).list(filter),
  'breaches.get': ({ id, now }, ctx) => ctx.session().use(breachesService).get(id, now),
  'breaches.create': (fields, ctx) => ctx.session().use(breachesService).create(fields),
  'breaches.update': ({ id, revision, fields }, ctx) => ctx.session().use(breachesService).update(id, revision, fields),
  'breaches.delete': ({ id, revision }, ctx) => ctx.session().use(breachesService).delete(id, revision),
  'breaches.recordCustomerNotice': (input, ctx) => ctx.session().use(breachesService).recordCustomerNotice(input),
  'breaches.clocks': ({ now }, ctx) => ctx.session().use(breachesService).clocks(now),
  'breaches.document': (input, ctx) => writeBreachDocument(ctx, ctx.session(), input),
  'breaches.customerNotices': (input, ctx) => writeCustomerNotices(ctx, ctx.session(), input),
};
