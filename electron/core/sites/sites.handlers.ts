import type { Handlers } from '../handlers';
import { sitesService } from './sites.service';

export const siteHandlers: Handlers<
  | 'sites.list'
  | 'sites.create'
  | 'sites.update'
  | 'sites.delete'
  | 'equipment.list'
  | 'equipment.get'
  | 'equipment.create'
  | 'equipment.update'
  | 'equipment.delete'
  | 'equipment.move'
> = {
  'sites.list': ({ customerId }, ctx) => ctx.session().use(sitesService).sites(customerId),
  'sites.create': ({ customerId, fields }, ctx) => ctx.session().use(sitesService).createSite(customerId, fields),
  'sites.update': ({ id, revision, fields }, ctx) => ctx.session().use(sitesService).updateSite(id, revision, fields),
  'sites.delete': ({ id, revision }, ctx) => ctx.session().use(sitesService).deleteSite(id, revision),
  'equipment.list': (query, ctx) => ctx.session().use(sitesService).list(query),
  'equipment.get': ({ id }, ctx) => ctx.session().use(sitesService).get(id),
  'equipment.create': ({ customerId, siteId, fields }, ctx) => ctx.session().use(sitesService).create({ customerId, siteId }, fields),
  'equipment.update': ({ id, revision, fields }, ctx) => ctx.session().use(sitesService).update(id, revision, fields),
  'equipment.delete': ({ id, revision }, ctx) => ctx.session().use(sitesService).delete(id, revision),
  'equipment.move': ({ id, revision, toSiteId, movedOn, note }, ctx) =>
    ctx.session().use(sitesService).move(id, revision, toSiteId, movedOn, note),
};
