import type { Handlers } from '../handlers';

export const customerHandlers: Handlers<
  'customers.list' | 'customers.get' | 'customers.create' | 'customers.update' | 'customers.setArchived' | 'customers.delete'
> = {
  'customers.list': (query, ctx) => ctx.session().customers.list(query),
  'customers.get': ({ id }, ctx) => ctx.session().customers.get(id),
  'customers.create': (fields, ctx) => ctx.session().customers.create(fields),
  'customers.update': ({ id, revision, fields }, ctx) => ctx.session().customers.update(id, revision, fields),
  'customers.setArchived': ({ id, revision, archived }, ctx) => ctx.session().customers.setArchived(id, revision, archived),
  'customers.delete': ({ id, revision }, ctx) => ctx.session().customers.delete(id, revision),
};
