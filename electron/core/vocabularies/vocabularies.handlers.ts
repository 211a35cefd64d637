import type { Handlers } from '../handlers';
import { vocabulariesService } from './vocabularies.service';

export const vocabularyHandlers: Handlers<
  'vocabularies.list' | 'vocabularies.create' | 'vocabularies.update' | 'vocabularies.setArchived' | 'vocabularies.delete'
> = {
  'vocabularies.list': ({ kind, includeArchived }, ctx) => ctx.session().use(vocabulariesService).list(kind, includeArchived),
  'vocabularies.create': (fields, ctx) => ctx.session().use(vocabulariesService).create(fields),
  'vocabularies.update': ({ id, revision, fields }, ctx) => ctx.session().use(vocabulariesService).update(id, revision, fields),
  'vocabularies.setArchived': ({ id, revision, archived }, ctx) =>
    ctx.session().use(vocabulariesService).setArchived(id, revision, archived),
  'vocabularies.delete': ({ id, revision }, ctx) => ctx.session().use(vocabulariesService).delete(id, revision),
};
