import type { Handlers } from '../handlers';
import { describeRule, retentionService } from './retention.service';

export const retentionHandlers: Handlers<
  | 'retentionRules.list'
  | 'retentionRules.get'
  | 'retentionRules.create'
  | 'retentionRules.update'
  | 'retentionRules.delete'
  | 'retentionRules.describe'
> = {
  'retentionRules.list': (_input, ctx) => ctx.session().use(retentionService).list(),
  'retentionRules.get': ({ id }, ctx) => ctx.session().use(retentionService).get(id),
  'retentionRules.create': (fields, ctx) => ctx.session().use(retentionService).create(fields),
  'retentionRules.update': ({ id, revision, fields }, ctx) => ctx.session().use(retentionService).update(id, revision, fields),
  'retentionRules.delete': ({ id, revision }, ctx) => ctx.session().use(retentionService).delete(id, revision),
  // Pure: the form shows the words live, even before a register is saved.
  'retentionRules.describe': (fields) => describeRule(fields),
};
