// Writes the draft reply to an access request (Art. 15) through the save port: the path given,
// else the host's save dialog (null when cancelled), else a free name in the export folder. The
// checks that make the reply false or empty are refused here as well as in the preflight, so a
// caller that skips the preflight cannot write one.
import type { MethodInput } from '../../../shared/contract';
import { invalidField } from '../errors';
import { resolveExportTarget, writeFileAtomic } from '../files/export';
import type { HandlerContext } from '../handlers';
import type { Session } from '../session';
import { accessReplyDraft, renderAccessReply, replyActivities, replyActivityIds } from './access-reply.view';
import { accessReplyWords } from './access-reply.words';
import { requestsService } from './requests.service';

export async function writeAccessReply(
  ctx: Pick<HandlerContext, 'ports' | 'currentSession'>,
  session: Session,
  input: MethodInput<'requests.accessReply'>,
): Promise<{ path: string; bytes: number } | null> {
  const request = session.use(requestsService).get(input.id);
  if (request.fields.right !== 'access') throw invalidField(['id'], 'v.request.notAccess');
  if (request.fields.ourRole === 'processor') throw invalidField(['id'], 'v.request.processorReply');
  const ids = replyActivityIds(request, input.activityIds);
  const { activities, missing } = replyActivities(session, ids);
  if (missing.length) throw invalidField(['activityIds', ids.indexOf(missing[0]!)], 'v.unknownReference', { id: missing[0]! });
  if (activities.length === 0) throw invalidField(['activityIds'], 'w.request.noActivities');

  const suggested = accessReplyWords[input.lang].fileName(request.fields.requesterName, session.today());
  const target = await resolveExportTarget(ctx, input.path, suggested);
  if (target === null) return null;
  const data = await renderAccessReply(accessReplyDraft(session, request, activities, input.lang));
  return { path: target, bytes: writeFileAtomic(target, data, session.path) };
}
