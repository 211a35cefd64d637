import type { Handlers } from '../handlers';
import { writeAttentionCalendar } from './attention.calendar';
import { attentionService } from './attention.service';
import { markOverdueSeen } from './reminders';

export const attentionHandlers: Handlers<
  | 'attention.list'
  | 'attention.dismiss'
  | 'attention.restore'
  | 'attention.getSettings'
  | 'attention.setSettings'
  | 'attention.calendar'
  | 'attention.markSeen'
> = {
  'attention.list': ({ on, horizonDays, lang, kinds }, ctx) =>
    ctx
      .session()
      .use(attentionService)
      .list({ on, horizonDays, kinds, lang: lang ?? ctx.settings.get().language }),
  'attention.dismiss': (input, ctx) => ctx.session().use(attentionService).dismiss(input),
  'attention.restore': ({ id, revision }, ctx) => ctx.session().use(attentionService).restore(id, revision),
  'attention.getSettings': (_input, ctx) => ctx.session().use(attentionService).settings(),
  'attention.setSettings': ({ revision, sentAgreementDays }, ctx) =>
    ctx.session().use(attentionService).setSettings(revision, sentAgreementDays),
  'attention.calendar': (input, ctx) =>
    writeAttentionCalendar(ctx, ctx.session(), { ...input, lang: input.lang ?? ctx.settings.get().language }),
  'attention.markSeen': (_input, ctx) => markOverdueSeen(ctx.session(), ctx.settings),
};
