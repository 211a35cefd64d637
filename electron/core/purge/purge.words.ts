// Why a record is on the purge list, in words: what happened and when, and the rule that applies.
// "Avtalet upphörde 2025-05-15; regeln CMDB: rensas ett år efter avslutat avtal".
import type { PurgeRecordKind } from '../../../shared/domain/enums';
import type { Label } from '../../../shared/domain/labels';
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';

/** Where the anchor date of an item came from. */
export type AnchorSource =
  | 'created'
  | 'last_activity'
  | 'contract_ended'
  | 'site_closed'
  | 'asset_decommissioned'
  | 'agreement_terminated'
  | 'agreement_superseded'
  | 'request_closed'
  | 'breach_closed';

const sv = {
  /** When the anchor is the day the record was added. */
  added: {
    contact_person: 'Kontaktpersonen lades till',
    site: 'Kundplatsen lades till',
    equipment: 'Utrustningen lades till',
    agreement: 'Avtalsversionen skapades',
    dsr_request: 'Begäran registrerades',
    breach: 'Incidenten registrerades',
  } satisfies Record<PurgeRecordKind, string>,
  happened: {
    last_activity: 'Senast ändrad',
    contract_ended: 'Avtalet upphörde',
    site_closed: 'Kundplatsen avvecklades',
    asset_decommissioned: 'Utrustningen togs bort',
    agreement_terminated: 'PUB-avtalet sades upp',
    agreement_superseded: 'Avtalsversionen ersattes av en ny',
    request_closed: 'Begäran avslutades',
    breach_closed: 'Incidenten avslutades',
  } satisfies Record<Exclude<AnchorSource, 'created'>, string>,
  reason: (event: string, date: string, rule: string, summary: string) => `${event} ${date}; regeln ${rule}: ${summary}`,
};

export const purgeWords: Words<typeof sv> = {
  sv,
  en: {
    added: {
      contact_person: 'The contact person was added on',
      site: 'The site was added on',
      equipment: 'The device was added on',
      agreement: 'The agreement version was created on',
      dsr_request: 'The request was logged on',
      breach: 'The breach was logged on',
    },
    happened: {
      last_activity: 'Last changed on',
      contract_ended: 'The contract ended on',
      site_closed: 'The site was closed on',
      asset_decommissioned: 'The device was removed on',
      agreement_terminated: 'The data processing agreement was terminated on',
      agreement_superseded: 'The agreement version was replaced by a new one on',
      request_closed: 'The request was closed on',
      breach_closed: 'The breach was closed on',
    },
    reason: (event, date, rule, summary) => `${event} ${date}; rule ${rule}: ${summary}`,
  },
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The reason shown on the purge list and written by `purge-list --json`. */
export function purgeReason(
  kind: PurgeRecordKind,
  source: AnchorSource,
  date: string,
  rule: { nameSv: string; nameEn: string; summary: Label },
): Label {
  const reason = (lang: Language) => {
    const words = purgeWords[lang];
    const event = source === 'created' ? words.added[kind] : words.happened[source];
    const name = lang === 'sv' ? rule.nameSv : rule.nameEn || rule.nameSv;
    return words.reason(event, date, name, lowerFirst(rule.summary[lang]));
  };
  return { sv: reason('sv'), en: reason('en') };
}
