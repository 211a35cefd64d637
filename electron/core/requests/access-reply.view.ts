// The reply to an access request: what it is built from is read from the register here (the
// request, the activities it concerns or those ticked, their terms, suppliers, systems and
// retention rules, the organisation and its logo), turned into a view-model by the pure builder
// in documents/access-reply.model.ts and rendered by documents/access-reply.docx.ts.
import { Packer } from 'docx';
import type { Activity, DsrRequest } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { activitiesService } from '../activities/activities.service';
import { organisationLogo } from '../change-notices/notice-letter.view';
import { accessReplyDocx } from '../documents/access-reply.docx';
import { buildAccessReplyDraft, type AccessReplyDraft, type AccessReplyFacts } from '../documents/access-reply.model';
import { unique } from '../privacy-notice/activity-phrases';
import { retentionService } from '../retention/retention.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { systemsService } from '../systems/systems.service';
import { vocabulariesService } from '../vocabularies/vocabularies.service';

/** The activities the reply describes: those ticked, else the request's own. */
export const replyActivityIds = (request: DsrRequest, activityIds: readonly number[] | undefined): number[] =>
  unique(activityIds ?? request.fields.activityIds);

/** The activities by id, in the order given; ids the register does not hold are returned apart. */
export function replyActivities(session: Session, ids: readonly number[]): { activities: Activity[]; missing: number[] } {
  const service = session.use(activitiesService);
  const known = new Set(service.list({ query: '', includeArchived: true }).items.map((a) => a.id));
  return {
    activities: ids.filter((id) => known.has(id)).map((id) => service.get(id)),
    missing: ids.filter((id) => !known.has(id)),
  };
}

/** Everything the reply says, in `lang`, for the given activities of the request. */
export function collectAccessReplyFacts(session: Session, request: DsrRequest, activities: Activity[], lang: Language): AccessReplyFacts {
  const { name, address, email, phone, website, dpo } = session.organisation.get();

  const wanted = new Set(
    activities.flatMap((a) => [...a.personalDataTermIds, ...a.recipients.flatMap((r) => (r.termId === null ? [] : [r.termId]))]),
  );
  const terms = session
    .use(vocabulariesService)
    .list(undefined, true)
    .filter((t) => wanted.has(t.id))
    .map((t) => ({ id: t.id, labelSv: t.labelSv, labelEn: t.labelEn }));

  const subprocessors = session
    .use(subprocessorsService)
    .records(unique(activities.flatMap((a) => a.recipients.flatMap((r) => (r.subprocessorId === null ? [] : [r.subprocessorId])))))
    .map((s) => ({
      id: s.id,
      name: s.name,
      locationKind: s.locationKind,
      country: s.country,
      regionName: s.regionName,
      regionInEea: s.regionInEea,
      transferMechanism: s.transferMechanism,
      agreementDate: s.agreementDate,
    }));

  const systemIds = new Set(activities.flatMap((a) => a.systemIds));
  const searched = new Set(request.fields.systemIds);
  const allSystems = session.use(systemsService).list('');
  const systems = allSystems
    .filter((s) => systemIds.has(s.id))
    .map((s) => ({
      id: s.id,
      name: s.name,
      nameEn: s.nameEn,
      locationKind: s.locationKind,
      country: s.country,
      regionName: s.regionName,
      regionInEea: s.regionInEea,
    }));
  const requestSystems = allSystems.filter((s) => searched.has(s.id)).map((s) => ({ id: s.id, name: s.name, nameEn: s.nameEn }));

  const retention = session.use(retentionService);
  const rules = unique(activities.flatMap((a) => a.retention.map((r) => r.retentionRuleId))).map((id) => retention.get(id));

  return {
    lang,
    date: session.today(),
    organisation: { name, address, email, phone, website, dpo },
    logo: organisationLogo(session),
    request: {
      id: request.id,
      right: request.fields.right,
      receivedOn: request.fields.receivedOn,
      requesterName: request.fields.requesterName,
      requesterContact: request.fields.requesterContact,
    },
    activities,
    terms,
    subprocessors,
    systems,
    rules,
    requestSystems,
  };
}

/** The reply's draft (view-model and where English fell back to Swedish). */
export function accessReplyDraft(session: Session, request: DsrRequest, activities: Activity[], lang: Language): AccessReplyDraft {
  return buildAccessReplyDraft(collectAccessReplyFacts(session, request, activities, lang));
}

export async function renderAccessReply(draft: AccessReplyDraft): Promise<Buffer> {
  return Packer.toBuffer(accessReplyDocx(draft.view));
}
