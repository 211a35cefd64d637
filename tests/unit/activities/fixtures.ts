import {
  emptyActivity,
  emptyPurpose,
  type ActivityFields,
  type RetentionRuleFields,
  type SubprocessorFields,
  type SystemFields,
} from '../../../shared/contract';
import type { Core } from '../../../electron/core/core';
import { ok } from '../helpers';

export const retentionRule: RetentionRuleFields = {
  nameSv: 'Kunduppgifter efter avslutat avtal',
  nameEn: 'Customer data after the contract ends',
  storageLocation: 'Affärssystemet',
  purpose: 'Kundadministration',
  anchorKind: 'event',
  anchorEvent: 'contract_ended',
  roundAnchorTo: 'none',
  duration: 'P1Y',
  inclusive: true,
  backupLag: null,
  action: 'delete',
  legalMinimumDuration: null,
  legalMinimumSource: '',
  legalBasisRef: '',
  legalHoldAllowed: true,
  policySv: '',
  policyEn: '',
};

export const system: SystemFields = {
  name: 'Ekonomisystem',
  kind: 'finance',
  hosting: 'saas',
  country: 'SE',
  location: 'Leverantörens molntjänst',
  subprocessorId: null,
  supplierName: 'Fortnox AB',
  notes: '',
};

export const subprocessor: SubprocessorFields = {
  name: 'Fortnox AB',
  orgNr: '556469-6291',
  country: 'SE',
  address: 'Box 427, 351 06 Växjö',
  website: 'https://www.fortnox.se',
  contactName: '',
  contactEmail: '',
  serviceDescription: 'Ekonomi- och faktureringssystem',
  dataProcessed: 'Kund- och fakturauppgifter',
  processingLocations: 'Sverige',
  transferMechanism: 'none_eea',
  sccModule: null,
  transferNotes: '',
  agreementDate: '2023-01-15',
  agreementNotes: '',
  status: 'active',
  notes: '',
};

/** What a complete activity links to: built-in terms by code, a rule, a system, a measure, a sub-processor. */
export async function seedRefs(core: Core) {
  const terms = await ok(core, 'vocabularies.list', {});
  const term = (kind: string, code: string) => {
    const t = terms.find((x) => x.kind === kind && x.code === code);
    if (!t) throw new Error(`No built-in term ${kind}/${code}`);
    return t.id;
  };
  const rule = await ok(core, 'retentionRules.create', retentionRule);
  const sys = await ok(core, 'systems.create', system);
  const sub = await ok(core, 'subprocessors.create', subprocessor);
  const measures = await ok(core, 'securityMeasures.list', {});
  return {
    term,
    ruleId: rule.id,
    ruleSummary: rule.summary,
    systemId: sys.id,
    subprocessorId: sub.id,
    measureIds: measures.slice(0, 2).map((m) => m.id),
  };
}

export type Refs = Awaited<ReturnType<typeof seedRefs>>;

/** A complete activity as controller: every Art. 30(1) field filled in. */
export function fullActivity(r: Refs): ActivityFields {
  return {
    refNo: 'PA-01',
    name: 'Kund- och avtalsadministration',
    nameEn: 'Customer and contract administration',
    description: 'Register över kunder, kontaktpersoner och avtal.',
    role: 'controller',
    jointControllers: '',
    owner: 'Åsa Öberg, VD',
    status: 'active',
    purposes: [
      {
        ...emptyPurpose,
        description: 'Ingå och fullgöra avtal med kunder',
        descriptionEn: 'Enter into and perform contracts with customers',
        legalBasis: 'contract',
        legalBasisDetail: 'Kundavtalet',
        legalBasisDetailEn: 'The customer agreement',
      },
      { ...emptyPurpose, description: 'Bokföring av fakturor', legalBasis: 'legal_obligation', legalBasisDetail: 'BFL 7 kap.' },
      {
        ...emptyPurpose,
        description: 'Kundnöjdhetsuppföljning',
        legalBasis: 'legitimate_interests',
        liaText: 'Intresset av att förbättra tjänsten väger tyngre; begränsade uppgifter, möjlighet att invända.',
      },
    ],
    dataSubjectTermIds: [r.term('data_subject', 'customer_contact')],
    personalDataTermIds: [r.term('personal_data', 'identity'), r.term('personal_data', 'contact'), r.term('personal_data', 'personnummer')],
    specialCategories: [],
    art9Conditions: [],
    art9Note: '',
    criminalData: false,
    art10Basis: null,
    art10Note: '',
    personnummer: true,
    pnrJustification: 'clearly_justified_secure_id',
    pnrNote: 'Enskilda firmor identifieras med personnummer.',
    recipients: [
      { kind: 'internal', termId: r.term('recipient', 'internal_staff'), subprocessorId: null, name: '' },
      { kind: 'processor', termId: null, subprocessorId: r.subprocessorId, name: '' },
      { kind: 'external', termId: null, subprocessorId: null, name: 'Revisorn' },
    ],
    transfers: [{ country: 'us', recipient: 'Stödtjänst i USA', mechanism: 'adequacy_us_dpf', safeguards: '' }],
    systemIds: [r.systemId],
    retention: [
      { termId: null, retentionRuleId: r.ruleId },
      { termId: r.term('personal_data', 'personnummer'), retentionRuleId: r.ruleId },
    ],
    measureIds: r.measureIds,
    securitySummary: 'Behörighetsstyrning och MFA.',
    dataSources: ['data_subject', 'public_register'],
    dpiaStatus: 'not_needed',
    dpiaCriteria: ['large_scale'],
    dpiaNote: 'Ett kriterium: ingen DPIA behövs.',
    volumeEstimate: 'cirka 300 personer',
    childrenData: false,
    automatedDecisions: false,
    automatedDecisionsNote: '',
    lastReviewedAt: '2026-01-10',
    nextReviewAt: '2027-01-10',
  };
}

/** A bare draft: only a name. */
export const draftActivity = (name: string, extra: Partial<ActivityFields> = {}): ActivityFields => ({ ...emptyActivity, name, ...extra });
