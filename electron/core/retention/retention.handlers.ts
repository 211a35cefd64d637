import type { Handlers } from '../handlers';
import { describeRule, retentionService } from './retention.service';

export const retentionHandlers: Handlers<
  | 'retentionRules.list'
  | 'retentionRules.get'
  | 'retentionRules.create'
  | 'retentionRules.update'
  | 'retentionRules.delete'
  | 'retentionRules.describe'
  | 'retentionEvents.list'
  | 'retentionEvents.create'
  | 'retentionEvents.update'
  | 'retentionEvents.delete'
> = {
  'retentionRules.list': (_input, ctx) => ctx.session().use(retentionService).list(),
  'retentionRules.get': ({ id }, ctx) => ctx.session().use(retentionService).get(id),
  'retentionRules.create': (fields, ctx) => ctx.session().use(retentionService).create(fields),
  'retentionRules.update': ({ id, revision, fields }, ctx) => ctx.session().use(retentionService).update(id, revision, fields),
  'retentionRules.delete': ({ id, revision }, ctx) => ctx.session().use(retentionService).delete(id, revision),
  // The form shows the words live, before the rule is saved; a register's own event needs the open register.
  'retentionRules.describe': (fields, ctx) => {
    const session = ctx.currentSession();
    return session ? session.use(retentionService).describe(fields) : describeRule(fields);
  },
  'retentionEvents.list': (_input, ctx) => ctx.session().use(retentionService).events.list(),
  'retentionEvents.create': (fields, ctx) => ctx.session().use(retentionService).events.create(fields),
  'retentionEvents.update': ({ id, revision, fields }, ctx) => ctx.session().use(retentionService).events.update(id, revision, fields),
  'retentionEvents.delete': ({ id, revision }, ctx) => ctx.session().use(retentionService).events.delete(id, revision),
};
