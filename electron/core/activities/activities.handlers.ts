import type { Handlers } from '../handlers';
import { activitiesService } from './activities.service';

export const activityHandlers: Handlers<
  | 'activities.list'
  | 'activities.get'
  | 'activities.create'
  | 'activities.update'
  | 'activities.duplicate'
  | 'activities.setArchived'
  | 'activities.delete'
> = {
  'activities.list': (query, ctx) => ctx.session().use(activitiesService).list(query),
  'activities.get': ({ id }, ctx) => ctx.session().use(activitiesService).get(id),
  'activities.create': (fields, ctx) => ctx.session().use(activitiesService).create(fields),
  'activities.update': ({ id, revision, fields }, ctx) => ctx.session().use(activitiesService).update(id, revision, fields),
  'activities.duplicate': ({ id }, ctx) => ctx.session().use(activitiesService).duplicate(id),
  'activities.setArchived': ({ id, revision, archived }, ctx) => ctx.session().use(activitiesService).setArchived(id, revision, archived),
  'activities.delete': ({ id, revision }, ctx) => ctx.session().use(activitiesService).delete(id, revision),
};
