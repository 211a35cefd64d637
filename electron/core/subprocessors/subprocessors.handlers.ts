import type { Handlers } from '../handlers';
import { subprocessorsService } from './subprocessors.service';

export const subprocessorHandlers: Handlers<
  'subprocessors.list' | 'subprocessors.get' | 'subprocessors.create' | 'subprocessors.update' | 'subprocessors.delete'
> = {
  'subprocessors.list': ({ query }, ctx) => ctx.session().use(subprocessorsService).list(query),
  'subprocessors.get': ({ id }, ctx) => ctx.session().use(subprocessorsService).get(id),
  'subprocessors.create': (fields, ctx) => ctx.session().use(subprocessorsService).create(fields),
  'subprocessors.update': ({ id, revision, fields }, ctx) => ctx.session().use(subprocessorsService).update(id, revision, fields),
  'subprocessors.delete': ({ id, revision }, ctx) => ctx.session().use(subprocessorsService).delete(id, revision),
};
