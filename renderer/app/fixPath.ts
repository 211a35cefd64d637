import { PURGE_LIST_FIELD, type FixTarget } from '../../shared/contract';
import { paths } from './paths';

// Where a preflight item (or anything else that names a record and a field) is fixed: the
// record's page, and `?falt=<field>` for the form to focus that field (see ui/focusField.ts).

/** The query parameter a record form reads to focus one of its fields. */
export const FIELD_PARAM = 'falt';

/** The page of a record kind; kinds edited on a list page (or inside another record) go to that page. */
function pageOf({ kind, id, field }: FixTarget): string {
  switch (kind) {
    case 'organisation':
      return paths.organisation;
    case 'customer':
      return id === null ? paths.customers.list : paths.customers.one(id);
    case 'activity':
      return id === null ? paths.activities.list : paths.activities.one(id);
    case 'service':
      return id === null ? paths.services.list : paths.services.one(id);
    case 'subprocessor':
      return id === null ? paths.subprocessors.list : paths.subprocessors.one(id);
    case 'system':
      return id === null ? paths.systems.list : paths.systems.one(id);
    case 'agreement':
      return id === null ? paths.agreements.list : paths.agreements.one(id);
    case 'equipment':
      return id === null ? paths.sites : paths.equipment.one(id);
    case 'agreementTemplate':
      return paths.agreements.template;
    case 'privacyNotice':
      return paths.documents;
    case 'securityMeasure':
      return paths.measures;
    case 'retentionRule':
      // What a rule makes due is dealt with on the purge list, the page's tab "Att gallra".
      return field === PURGE_LIST_FIELD ? paths.purgeList : paths.retention;
    case 'retentionEvent':
      return paths.retention;
    case 'legalHold':
      return paths.legalHolds;
    case 'vocabularyTerm':
      return paths.vocabularies;
    case 'site':
      return paths.sites;
    // A contact person's or a subscription's id does not say its customer: the customer list.
    case 'contactPerson':
    case 'subscription':
      return paths.customers.list;
    case 'register':
      return paths.dashboard;
    case 'changeNotice':
      return id === null ? paths.changeNotices.list : paths.changeNotices.one(id);
    // A recipient's id is its row's, not its notice's.
    case 'noticeRecipient':
      return paths.changeNotices.list;
    case 'noticeLetter':
      return paths.changeNotices.letter;
    case 'dsrRequest':
      return id === null ? paths.requests.list : paths.requests.one(id);
    case 'breach':
      return id === null ? paths.breaches.list : paths.breaches.one(id);
    case 'attentionDismissal':
    case 'attentionSettings':
      return paths.dashboard;
  }
}

/** The route that opens the record of `fix`, with its field to focus when there is one. */
export function fixPath(fix: FixTarget): string {
  const page = pageOf(fix);
  // The purge list is a page of its own, not a field of the rule's form.
  if (!fix.field || (fix.kind === 'retentionRule' && fix.field === PURGE_LIST_FIELD)) return page;
  return `${page}${page.includes('?') ? '&' : '?'}${FIELD_PARAM}=${encodeURIComponent(fix.field)}`;
}
