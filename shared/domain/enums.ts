// GDPR enumerations from domain.md, as code. Labels (sv/en) live in labels.ts.

export const LEGAL_BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const SPECIAL_CATEGORIES = [
  'racial_ethnic_origin',
  'political_opinions',
  'religious_philosophical',
  'trade_union_membership',
  'genetic',
  'biometric_unique_id',
  'health',
  'sex_life_orientation',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

export const ART9_CONDITIONS = [
  'explicit_consent',
  'employment_social_security',
  'vital_interests_incapable',
  'nonprofit_members',
  'manifestly_made_public',
  'legal_claims_courts',
  'substantial_public_interest',
  'health_social_care',
  'public_health',
  'archiving_research_statistics',
] as const;
export type Art9Condition = (typeof ART9_CONDITIONS)[number];

export const ART10_BASES = ['legal_claims', 'legal_obligation_statute', 'imy_regulation_case', 'public_authority'] as const;
export type Art10Basis = (typeof ART10_BASES)[number];

export const PNR_JUSTIFICATIONS = [
  'consent',
  'clearly_justified_purpose',
  'clearly_justified_secure_id',
  'clearly_justified_other_reason',
  'specific_statute',
] as const;
export type PnrJustification = (typeof PNR_JUSTIFICATIONS)[number];

export const DATA_SOURCES = [
  'data_subject',
  'customer_controller',
  'employer_of_subject',
  'public_register',
  'generated_by_system',
  'third_party',
] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const DPIA_STATUSES = ['not_needed', 'screening_pending', 'required', 'in_progress', 'done'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

export const DPIA_CRITERIA = [
  'evaluation_scoring',
  'automated_decision_legal_effect',
  'systematic_monitoring',
  'sensitive_or_highly_personal',
  'large_scale',
  'matching_combining_datasets',
  'vulnerable_subjects',
  'innovative_technology',
  'prevents_exercise_of_right_or_service',
] as const;
export type DpiaCriterion = (typeof DPIA_CRITERIA)[number];

export const ACTIVITY_STATUSES = ['draft', 'active', 'archived'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_ROLES = ['controller', 'joint_controller'] as const;

export const RECIPIENT_KINDS = ['internal', 'external', 'processor'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** Chapter V transfer tools (domain.md §4.3). */
export const TRANSFER_MECHANISMS = [
  'none_eea',
  'adequacy',
  'adequacy_us_dpf',
  'scc_2021_914',
  'bcr',
  'code_of_conduct',
  'certification',
  'ad_hoc_clauses',
  'public_authority_instrument',
  'derogation_art49',
] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

export const SCC_MODULES = ['C2C', 'C2P', 'P2P', 'P2C'] as const;
export type SccModule = (typeof SCC_MODULES)[number];

export const PROCESSING_OPERATIONS = [
  'collection',
  'recording',
  'organisation',
  'structuring',
  'storage',
  'adaptation',
  'retrieval',
  'consultation',
  'use',
  'disclosure_transmission',
  'dissemination',
  'alignment_combination',
  'restriction',
  'erasure',
  'destruction',
] as const;
export type ProcessingOperation = (typeof PROCESSING_OPERATIONS)[number];

export const END_OF_CONTRACT_ACTIONS = ['return', 'delete', 'return_then_delete'] as const;
export type EndOfContractAction = (typeof END_OF_CONTRACT_ACTIONS)[number];

export const VOCABULARY_KINDS = ['data_subject', 'personal_data', 'recipient', 'processing'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** Flags on a personal-data category that change what the register must record. */
export const PERSONAL_DATA_FLAGS = ['none', 'special', 'criminal', 'personnummer'] as const;
export type PersonalDataFlag = (typeof PERSONAL_DATA_FLAGS)[number];

export const SYSTEM_KINDS = [
  'finance',
  'crm',
  'ticketing',
  'monitoring',
  'cmdb',
  'email',
  'file_storage',
  'backup',
  'hosting',
  'website',
  'hr_payroll',
  'rmm',
  'other',
] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

export const HOSTING_KINDS = ['cloud', 'own_datacenter', 'office_server', 'customer_site', 'saas'] as const;
export type HostingKind = (typeof HOSTING_KINDS)[number];

export const MEASURE_CATEGORIES = ['organisational', 'technical', 'physical'] as const;
export type MeasureCategory = (typeof MEASURE_CATEGORIES)[number];

export const MEASURE_STATUSES = ['implemented', 'planned', 'not_applicable'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const SUBPROCESSOR_STATUSES = ['active', 'planned', 'terminated'] as const;
export type SubprocessorStatus = (typeof SUBPROCESSOR_STATUSES)[number];

export const SERVICE_STATUSES = ['active', 'archived'] as const;

// Retention (domain.md §7.3)
export const RETENTION_ANCHORS = ['created', 'last_activity', 'fiscal_year_end', 'event'] as const;
export type RetentionAnchorKind = (typeof RETENTION_ANCHORS)[number];
export const RETENTION_EVENTS = [
  'contract_ended',
  'ticket_closed',
  'employment_ended',
  'recruitment_decided',
  'consent_withdrawn',
  'account_closed',
  'asset_decommissioned',
  'site_closed',
  'purpose_fulfilled',
  'agreement_terminated',
  'request_closed',
  'breach_closed',
] as const;
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];
export const RETENTION_ROUNDINGS = ['none', 'end_of_calendar_year', 'end_of_month'] as const;
/** 'delete_or_anonymise': either is the rule (issue 14); the purge anonymises what keeps a use without the personal data. */
export const RETENTION_ACTIONS = ['delete', 'anonymise', 'delete_or_anonymise', 'return_to_controller', 'archive', 'review'] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];
/** The register's own records that retention rules can purge (product.md §3.6). */
export const PURGE_RECORD_KINDS = ['contact_person', 'site', 'equipment', 'agreement', 'dsr_request', 'breach'] as const;
export type PurgeRecordKind = (typeof PURGE_RECORD_KINDS)[number];

// Customer sites and equipment (CMDB, product.md §3.5)
export const EQUIPMENT_TYPES = ['server', 'nas', 'firewall', 'switch', 'access_point', 'pc', 'camera', 'printer', 'other'] as const;
export type EquipmentType = (typeof EQUIPMENT_TYPES)[number];
export const EQUIPMENT_STATUSES = ['in_use', 'in_storage', 'removed'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];
/** Whether a device's storage is encrypted at rest. */
export const ENCRYPTION_STATES = ['yes', 'no', 'unknown'] as const;
export type EncryptionState = (typeof ENCRYPTION_STATES)[number];

/** Where data is: one country, the EU/EEA as a whole, or a named region (issue 14). */
export const LOCATION_KINDS = ['country', 'eea', 'region'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];
/** A sole trader's identity number is the owner's personnummer (personal data). */
export const LEGAL_FORMS = ['company', 'sole_trader'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

// Sub-processor change notices (issue 15).
/** add: a sub-processor starts on services; replace: a new one takes an old one's place; remove; change: its place or transfer tool. */
export const CHANGE_KINDS = ['add', 'replace', 'remove', 'change'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What was decided: pending (proposed by the app), notify the customers, no notice needed (with why), withdrawn. */
export const CHANGE_DECISIONS = ['pending', 'notify', 'no_notice', 'withdrawn'] as const;
export type ChangeDecision = (typeof CHANGE_DECISIONS)[number];

/**
 * The notice's state, derived: proposed → draft (to notify, nothing sent) → sent → answered (every
 * customer answered, or its deadline passed) → in_effect (from the effective date). no_notice and
 * withdrawn are closed without letters.
 */
export const CHANGE_NOTICE_STATES = ['proposed', 'draft', 'sent', 'answered', 'in_effect', 'no_notice', 'withdrawn'] as const;
export type ChangeNoticeState = (typeof CHANGE_NOTICE_STATES)[number];

export const SENT_VIA = ['email', 'post', 'portal'] as const;
export type SentVia = (typeof SENT_VIA)[number];

/** An objection's outcome: the customer withdrew it, was excepted from the change (its subscriptions get the exception), or terminated. */
export const OBJECTION_RESOLUTIONS = ['withdrawn', 'excepted', 'terminated'] as const;
export type ObjectionResolution = (typeof OBJECTION_RESOLUTIONS)[number];

/**
 * Where one customer stands, derived: not_sent; awaiting (sent, deadline not passed); accepted
 * (said yes); deemed_accepted (no answer by the deadline: from the day after, silence counts as
 * acceptance under the agreement's clause); objected (no resolution yet); resolved (see resolution).
 */
export const RECIPIENT_STATES = ['not_sent', 'awaiting', 'accepted', 'deemed_accepted', 'objected', 'resolved'] as const;
export type RecipientState = (typeof RECIPIENT_STATES)[number];

// Data subject requests (domain.md §6.1, issue 16).
/** The rights a request can invoke (Art. 15–22 and 7(3)); information and complaint are not requests to us. */
export const DSR_RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'automated_decisions',
  'withdraw_consent',
] as const;
export type DsrRight = (typeof DSR_RIGHTS)[number];
export const DSR_CHANNELS = ['email', 'letter', 'phone', 'web', 'in_person'] as const;
export type DsrChannel = (typeof DSR_CHANNELS)[number];
/** Our role for a request or a breach: the data is ours (controller) or a customer's (processor). */
export const OUR_ROLES = ['controller', 'processor'] as const;
export type OurRole = (typeof OUR_ROLES)[number];
export const IDENTITY_STATES = ['pending', 'verified', 'not_needed', 'failed'] as const;
export type IdentityState = (typeof IDENTITY_STATES)[number];
export const DSR_STATUSES = ['received', 'verifying', 'in_progress', 'answered', 'refused', 'forwarded'] as const;
export type DsrStatus = (typeof DSR_STATUSES)[number];
export const DSR_OUTCOMES = ['granted', 'partially_granted', 'refused_unfounded_excessive', 'refused_exemption', 'no_data'] as const;
export type DsrOutcome = (typeof DSR_OUTCOMES)[number];
/** Where a deadline stands on a given day: closed (answered in time or not), overdue, due within 7 days, running. */
export const DEADLINE_STATES = ['closed', 'overdue', 'due_soon', 'running'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

// Personal data breaches (domain.md §6.2, issue 16).
export const BREACH_TYPES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachType = (typeof BREACH_TYPES)[number];
export const BREACH_CAUSES = [
  'misdirected_email',
  'lost_stolen_device',
  'phishing',
  'malware_ransomware',
  'hacking',
  'unauthorised_internal_access',
  'misconfiguration',
  'software_bug',
  'supplier_incident',
  'physical',
  'other',
] as const;
export type BreachCause = (typeof BREACH_CAUSES)[number];
export const BREACH_RISKS = ['no_risk', 'risk', 'high_risk'] as const;
export type BreachRisk = (typeof BREACH_RISKS)[number];
/** Art. 34(3): why data subjects need not be told of a high-risk breach. */
export const SUBJECT_NOTICE_EXEMPTIONS = ['encrypted', 'risk_mitigated', 'disproportionate_public_notice'] as const;
export type SubjectNoticeExemption = (typeof SUBJECT_NOTICE_EXEMPTIONS)[number];
export const OTHER_AUTHORITIES = ['police', 'cert_se_nis2', 'other'] as const;
export type OtherAuthority = (typeof OTHER_AUTHORITIES)[number];
export const BREACH_NOTICE_VIA = ['email', 'phone', 'post', 'portal'] as const;
export type BreachNoticeVia = (typeof BREACH_NOTICE_VIA)[number];

/** EU-27 plus Iceland, Liechtenstein and Norway (ISO 3166-1 alpha-2). */
export const EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
] as const;

/** Countries with an adequacy decision in force (domain.md §4.3, mid-2026). US: DPF-certified recipients only. */
export const ADEQUACY_DECISIONS: Record<string, { decision: string; scope?: string }> = {
  AD: { decision: '2010/625/EU' },
  AR: { decision: '2003/490/EC' },
  BR: { decision: '(EU) 2026/179' },
  CA: { decision: '2002/2/EC', scope: 'PIPEDA' },
  FO: { decision: '2010/146/EU' },
  GG: { decision: '2003/821/EC' },
  IM: { decision: '2004/411/EC' },
  IL: { decision: '2011/61/EU' },
  JP: { decision: '(EU) 2019/419', scope: 'APPI' },
  JE: { decision: '2008/393/EC' },
  NZ: { decision: '2013/65/EU' },
  KR: { decision: '(EU) 2022/254' },
  CH: { decision: '2000/518/EC' },
  GB: { decision: '2021 (renewed 2025-12-19, valid to 2031-12-27)' },
  US: { decision: '(EU) 2023/1795', scope: 'DPF' },
  UY: { decision: '2012/484/EU' },
};

export function isEeaCountry(code: string): boolean {
  return (EEA_COUNTRIES as readonly string[]).includes(code.toUpperCase());
}
