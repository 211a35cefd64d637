import type { HistoryKind } from '../../../shared/contract';
import type { Handlers } from '../handlers';
import { exportHistory } from './history.export';
import { createHistoryService } from './history.service';

export const historyHandlers: Handlers<
  | 'history.list'
  | 'history.users'
  | 'history.restore'
  | 'history.undelete'
  | 'history.undoChange'
  | 'history.erase'
  | 'history.verify'
  | 'history.export'
> = {
  'history.list': ({ offset, limit, ...filter }, ctx) => ctx.session().use(createHistoryService).list(filter, offset, limit),
  'history.users': (_, ctx) => ctx.session().use(createHistoryService).users(),
  'history.restore': ({ entryId, revision }, ctx) => ctx.session().use(createHistoryService).restore(entryId, revision),
  'history.undelete': ({ entryId }, ctx) => ({ records: ctx.session().use(createHistoryService).undelete(entryId) }),
  'history.undoChange': ({ changeId }, ctx) => ctx.session().use(createHistoryService).undoChange(changeId),
  'history.erase': ({ kind, recordId }, ctx) => ({
    redacted: ctx
      .session()
      .use(createHistoryService)
      .erase(kind as HistoryKind, recordId),
  }),
  'history.verify': (_, ctx) => ctx.session().use(createHistoryService).verify(),
  'history.export': (input, ctx) => exportHistory(input, ctx),
};
