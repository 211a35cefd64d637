import type { Handlers } from '../handlers';
import { systemsService } from './systems.service';

export const systemHandlers: Handlers<'systems.list' | 'systems.get' | 'systems.create' | 'systems.update' | 'systems.delete'> = {
  'systems.list': ({ query }, ctx) => ctx.session().use(systemsService).list(query),
  'systems.get': ({ id }, ctx) => ctx.session().use(systemsService).get(id),
  'systems.create': (fields, ctx) => ctx.session().use(systemsService).create(fields),
  'systems.update': ({ id, revision, fields }, ctx) => ctx.session().use(systemsService).update(id, revision, fields),
  'systems.delete': ({ id, revision }, ctx) => ctx.session().use(systemsService).delete(id, revision),
};
