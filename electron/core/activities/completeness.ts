import type { Completeness } from '../../../shared/contract';
import {
  ADEQUACY_DECISIONS,
  isEeaCountry,
  type ActivityStatus,
  type DpiaStatus,
  type LegalBasis,
  type PersonalDataFlag,
  type TransferMechanism,
} from '../../../shared/domain/enums';

/** What the check reads from an activity: its fields plus the flags of its personal-data terms. */
export interface CompletenessInput {
  name: string;
  role: 'controller' | 'joint_controller';
  jointControllers: string;
  owner: string;
  status?: ActivityStatus;
  purposes: readonly {
    description: string;
    legalBasis: LegalBasis;
    legalBasisDetail: string;
    liaText: string;
    basisScopeSv?: string;
    moreBases?: readonly { legalBasis: LegalBasis; scopeSv: string; detail: string }[];
  }[];
  dataSubjectTermIds: readonly number[];
  /** The activity's personal-data categories with their flags ('special', 'criminal', 'personnummer'). */
  personalDataTerms: readonly { id: number; flag: PersonalDataFlag | string }[];
  specialCategories: readonly string[];
  art9Conditions: readonly string[];
  criminalData: boolean;
  art10Basis: string | null;
  personnummer: boolean;
  pnrJustification: string | null;
  /** "No recipients" answered explicitly; an empty list without it is an unanswered question. */
  noRecipients?: boolean;
  recipients: readonly unknown[];
  transfers: readonly { country: string; mechanism: TransferMechanism; safeguards: string }[];
  retention: readonly unknown[];
  measureIds: readonly number[];
  securitySummary: string;
  dpiaStatus: DpiaStatus;
  nextReviewAt: string | null;
}

const filled = (s: string | null | undefined) => (s ?? '').trim() !== '';

/** Legal bases that need a statute reference (Art. 6(3): the law must be named). */
const NEEDS_STATUTE: readonly LegalBasis[] = ['legal_obligation', 'public_task'];

/** One decimal, rounded down: a record with anything missing never shows 100. */
export const scoreOf = (satisfied: number, applicable: number) =>
  applicable === 0 ? 100 : Math.floor((1000 * satisfied) / applicable) / 10;

/**
 * Which Art. 30(1) fields (domain.md §1.2) and the recommended ones the register relies on are
 * missing. Every check that applies counts once; conditional checks (Art. 9 condition, Art. 10
 * basis, personnummer justification, transfer tools, the balancing test) apply only when the
 * activity triggers them. Score = 100 × satisfied / applicable.
 */
export function activityCompleteness(a: CompletenessInput): Completeness {
  const missing: Completeness['missing'] = [];
  let applicable = 0;
  const check = (ok: boolean, field: string, message: string) => {
    applicable += 1;
    if (!ok) missing.push({ field, message });
  };

  check(filled(a.name), 'name', 'c.name');
  if (a.role === 'joint_controller') check(filled(a.jointControllers), 'jointControllers', 'c.jointControllers');

  // Art. 30(1)(b): purposes, each with its own legal basis and what that basis needs.
  check(
    a.purposes.some((p) => filled(p.description)),
    'purposes',
    'c.purposes',
  );
  a.purposes.forEach((p, i) => {
    const more = p.moreBases ?? [];
    // One assessment per purpose, whichever of its bases is the legitimate interest.
    if (p.legalBasis === 'legitimate_interests' || more.some((b) => b.legalBasis === 'legitimate_interests'))
      check(filled(p.liaText), `purposes.${i}.liaText`, 'c.liaText');
    if (NEEDS_STATUTE.includes(p.legalBasis)) check(filled(p.legalBasisDetail), `purposes.${i}.legalBasisDetail`, 'c.legalBasisDetail');
    // With several bases, each says what it covers; the main one too, or the split cannot be read.
    if (more.length > 0) check(filled(p.basisScopeSv), `purposes.${i}.basisScopeSv`, 'c.basisScope');
    more.forEach((b, j) => {
      if (NEEDS_STATUTE.includes(b.legalBasis)) check(filled(b.detail), `purposes.${i}.moreBases.${j}.detail`, 'c.legalBasisDetail');
    });
  });

  // Art. 30(1)(c): categories of data subjects and of personal data, and what special data needs.
  check(a.dataSubjectTermIds.length > 0, 'dataSubjectTermIds', 'c.dataSubjects');
  check(a.personalDataTerms.length > 0, 'personalDataTermIds', 'c.personalData');
  const flags = new Set(a.personalDataTerms.map((t) => t.flag));
  if (a.specialCategories.length > 0 || flags.has('special')) check(a.art9Conditions.length > 0, 'art9Conditions', 'c.art9Condition');
  if (a.criminalData || flags.has('criminal')) check(a.art10Basis !== null, 'art10Basis', 'c.art10Basis');
  if (a.personnummer || flags.has('personnummer')) check(a.pnrJustification !== null, 'pnrJustification', 'c.pnrJustification');

  // Art. 30(1)(d): recipients (internal ones count), or the answer that there are none.
  // (e): third-country transfers and their tool.
  check(a.recipients.length > 0 || a.noRecipients === true, 'recipients', 'c.recipients');
  a.transfers.forEach((t, i) => {
    const country = t.country.toUpperCase();
    if (isEeaCountry(country)) return;
    const tool =
      t.mechanism === 'none_eea'
        ? 'c.transferMechanism'
        : (t.mechanism === 'adequacy' && (country === 'US' || !ADEQUACY_DECISIONS[country])) ||
            (t.mechanism === 'adequacy_us_dpf' && country !== 'US')
          ? 'c.transferNoAdequacy'
          : null;
    check(tool === null, `transfers.${i}.mechanism`, tool ?? 'c.transferMechanism');
    if (t.mechanism === 'derogation_art49') check(filled(t.safeguards), `transfers.${i}.safeguards`, 'c.transferSafeguards');
  });

  // (f) retention, (g) security measures.
  check(a.retention.length > 0, 'retention', 'c.retention');
  check(a.measureIds.length > 0 || filled(a.securitySummary), 'measureIds', 'c.security');

  // Recommended fields the register depends on: DPIA screening, an owner, the next review.
  check(a.dpiaStatus !== 'screening_pending', 'dpiaStatus', 'c.dpiaScreening');
  check(filled(a.owner), 'owner', 'c.owner');
  check(a.nextReviewAt !== null, 'nextReviewAt', 'c.nextReview');

  return { score: scoreOf(applicable - missing.length, applicable), missing };
}
