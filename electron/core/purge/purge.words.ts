// Why a record is on the purge list, in words: what happened and when, and the rule that applies.
// "Avtalet upphörde 2025-05-15; regeln CMDB: rensas ett år efter avslutat avtal".
import type { PurgeRecordKind } from '../../../shared/domain/enums';

interface Words {
  sv: string;
  en: string;
}

/** Where the anchor date of an item came from. */
export type AnchorSource =
  'created' | 'last_activity' | 'contract_ended' | 'site_closed' | 'asset_decommissioned' | 'agreement_terminated' | 'agreement_superseded';

const ADDED: Record<PurgeRecordKind, Words> = {
  contact_person: { sv: 'Kontaktpersonen lades till', en: 'The contact person was added on' },
  site: { sv: 'Kundplatsen lades till', en: 'The site was added on' },
  equipment: { sv: 'Utrustningen lades till', en: 'The device was added on' },
  agreement: { sv: 'Avtalsversionen skapades', en: 'The agreement version was created on' },
};

const HAPPENED: Record<Exclude<AnchorSource, 'created'>, Words> = {
  last_activity: { sv: 'Senast ändrad', en: 'Last changed on' },
  contract_ended: { sv: 'Avtalet upphörde', en: 'The contract ended on' },
  site_closed: { sv: 'Kundplatsen avvecklades', en: 'The site was closed on' },
  asset_decommissioned: { sv: 'Utrustningen togs bort', en: 'The device was removed on' },
  agreement_terminated: { sv: 'PUB-avtalet sades upp', en: 'The data processing agreement was terminated on' },
  agreement_superseded: { sv: 'Avtalsversionen ersattes av en ny', en: 'The agreement version was replaced by a new one on' },
};

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The reason shown on the purge list and written by `purge-list --json`. */
export function purgeReason(
  kind: PurgeRecordKind,
  source: AnchorSource,
  date: string,
  rule: { nameSv: string; nameEn: string; summary: Words },
): Words {
  const event = source === 'created' ? ADDED[kind] : HAPPENED[source];
  return {
    sv: `${event.sv} ${date}; regeln ${rule.nameSv}: ${lowerFirst(rule.summary.sv)}`,
    en: `${event.en} ${date}; rule ${rule.nameEn || rule.nameSv}: ${lowerFirst(rule.summary.en)}`,
  };
}
