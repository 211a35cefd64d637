import type { AttentionItem, AttentionKind } from '../../../shared/contract';
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';

// The overdue notification: one for everything that became overdue, the first few by name.

/** How many items the notification names; the rest are counted. */
export const NAMED_ITEMS = 3;

const sv = {
  title: (count: number, organisation: string) =>
    count === 1 ? `1 sak är försenad i ${organisation}` : `${count} saker är försenade i ${organisation}`,
  more: (count: number) => `och ${count} till`,
  /** What is overdue, after the record's name ("Kundregister: dags för översyn"). */
  kind: {
    'agreement.missing': 'PUB-avtal saknas',
    'agreement.unsigned': 'avtalet är inte signerat',
    'agreement.outOfDate': 'avtalet behöver uppdateras',
    'agreement.ending': 'återlämna eller radera uppgifterna',
    'activity.review': 'dags att granska',
    'activity.incomplete': 'uppgifter saknas',
    'service.incomplete': 'uppgifter saknas',
    'purge.due': 'dags att gallra',
    'legalHold.review': 'pröva om uppgifterna ska bevaras',
    'subprocessor.transfer': 'överföringen saknar stöd',
    'subprocessor.agreementMissing': 'avtal saknas',
    'organisation.profile': 'uppgifter saknas',
    'privacyNotice.missing': 'integritetspolicyn saknas',
    'privacyNotice.stale': 'integritetspolicyn behöver uppdateras',
    'changeNotice.deadline': 'fristen för ändringen',
    'changeNotice.objection': 'invändningen är inte löst',
    'request.deadline': 'svarsfristen har gått ut',
    'breach.clock': 'fristen för anmälan har gått ut',
  } satisfies Record<AttentionKind, string>,
};

export const reminderWords: Words<typeof sv> = {
  sv,
  en: {
    title: (count, organisation) =>
      count === 1 ? `1 item is overdue in ${organisation}` : `${count} items are overdue in ${organisation}`,
    more: (count) => `and ${count} more`,
    kind: {
      'agreement.missing': 'no data processing agreement',
      'agreement.unsigned': 'the agreement is not signed',
      'agreement.outOfDate': 'the agreement needs updating',
      'agreement.ending': 'return or delete the data',
      'activity.review': 'due for review',
      'activity.incomplete': 'details missing',
      'service.incomplete': 'details missing',
      'purge.due': 'due for purging',
      'legalHold.review': 'review whether to keep the data',
      'subprocessor.transfer': 'the transfer lacks a basis',
      'subprocessor.agreementMissing': 'agreement missing',
      'organisation.profile': 'details missing',
      'privacyNotice.missing': 'no privacy notice',
      'privacyNotice.stale': 'the privacy notice needs updating',
      'changeNotice.deadline': 'the change notice deadline',
      'changeNotice.objection': 'the objection is not resolved',
      'request.deadline': 'the reply deadline has passed',
      'breach.clock': 'the notification deadline has passed',
    },
  },
};

/** The title counts the items and names the register's organisation; the body names the first few. */
export function reminderNotification(
  items: readonly Pick<AttentionItem, 'kind' | 'subject'>[],
  organisation: string,
  lang: Language,
): { title: string; body: string } {
  const w = reminderWords[lang];
  const lines = items.slice(0, NAMED_ITEMS).map((i) => `${i.subject}: ${w.kind[i.kind]}`);
  if (items.length > NAMED_ITEMS) lines.push(w.more(items.length - NAMED_ITEMS));
  return { title: w.title(items.length, organisation), body: lines.join('\n') };
}
