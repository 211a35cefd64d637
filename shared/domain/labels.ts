// Swedish and English labels for every enum in enums.ts, plus country names.
// Swedish terms follow domain.md §8; terms shared beyond one enum (roles, agreement statuses)
// come from shared/glossary.ts. Each table is checked against its enum, so a new enum value
// without a label is a compile error.
import { glossary } from '../glossary';
import type { Language } from '../messages';
import {
  type ACTIVITY_ROLES,
  type ACTIVITY_STATUSES,
  type ART10_BASES,
  type ART9_CONDITIONS,
  type DATA_SOURCES,
  type DPIA_CRITERIA,
  type DPIA_STATUSES,
  type END_OF_CONTRACT_ACTIONS,
  type CHANGE_DECISIONS,
  type CHANGE_KINDS,
  type CHANGE_NOTICE_STATES,
  type ENCRYPTION_STATES,
  type OBJECTION_RESOLUTIONS,
  type RECIPIENT_STATES,
  type DSR_RIGHTS,
  type DSR_CHANNELS,
  type OUR_ROLES,
  type IDENTITY_STATES,
  type DSR_STATUSES,
  type DSR_OUTCOMES,
  type DEADLINE_STATES,
  type BREACH_TYPES,
  type BREACH_CAUSES,
  type BREACH_RISKS,
  type SUBJECT_NOTICE_EXEMPTIONS,
  type OTHER_AUTHORITIES,
  type BREACH_NOTICE_VIA,
  type SENT_VIA,
  type EQUIPMENT_STATUSES,
  type EQUIPMENT_TYPES,
  type HOSTING_KINDS,
  isEeaCountry,
  type LEGAL_FORMS,
  type LOCATION_KINDS,
  type LocationKind,
  type LEGAL_BASES,
  type MEASURE_CATEGORIES,
  type MEASURE_STATUSES,
  type PERSONAL_DATA_FLAGS,
  type PNR_JUSTIFICATIONS,
  type PROCESSING_OPERATIONS,
  type RECIPIENT_KINDS,
  type RETENTION_ACTIONS,
  type RETENTION_ANCHORS,
  type RETENTION_EVENTS,
  type RETENTION_ROUNDINGS,
  type SCC_MODULES,
  type SERVICE_STATUSES,
  type SPECIAL_CATEGORIES,
  type SUBPROCESSOR_STATUSES,
  type SYSTEM_KINDS,
  type TRANSFER_MECHANISMS,
  type VOCABULARY_KINDS,
} from './enums';

export interface Label {
  sv: string;
  en: string;
}

type LabelTable<T extends readonly string[]> = Record<T[number], Label>;

const legalBasis = {
  consent: { sv: 'Samtycke (art. 6.1 a)', en: 'Consent (Art. 6(1)(a))' },
  contract: { sv: 'Avtal (art. 6.1 b)', en: 'Contract (Art. 6(1)(b))' },
  legal_obligation: { sv: 'Rättslig förpliktelse (art. 6.1 c)', en: 'Legal obligation (Art. 6(1)(c))' },
  vital_interests: { sv: 'Grundläggande intresse (art. 6.1 d)', en: 'Vital interests (Art. 6(1)(d))' },
  public_task: { sv: 'Allmänt intresse eller myndighetsutövning (art. 6.1 e)', en: 'Public task (Art. 6(1)(e))' },
  legitimate_interests: {
    sv: 'Berättigat intresse – intresseavvägning (art. 6.1 f)',
    en: 'Legitimate interests – balancing test (Art. 6(1)(f))',
  },
} satisfies LabelTable<typeof LEGAL_BASES>;

const specialCategory = {
  racial_ethnic_origin: { sv: 'Ras eller etniskt ursprung', en: 'Racial or ethnic origin' },
  political_opinions: { sv: 'Politiska åsikter', en: 'Political opinions' },
  religious_philosophical: { sv: 'Religiös eller filosofisk övertygelse', en: 'Religious or philosophical beliefs' },
  trade_union_membership: { sv: 'Medlemskap i fackförening', en: 'Trade union membership' },
  genetic: { sv: 'Genetiska uppgifter', en: 'Genetic data' },
  biometric_unique_id: {
    sv: 'Biometriska uppgifter för att entydigt identifiera en person',
    en: 'Biometric data for uniquely identifying a person',
  },
  health: { sv: 'Uppgifter om hälsa', en: 'Data concerning health' },
  sex_life_orientation: { sv: 'Sexualliv eller sexuell läggning', en: 'Sex life or sexual orientation' },
} satisfies LabelTable<typeof SPECIAL_CATEGORIES>;

const art9Condition = {
  explicit_consent: { sv: 'Uttryckligt samtycke (art. 9.2 a)', en: 'Explicit consent (Art. 9(2)(a))' },
  employment_social_security: {
    sv: 'Arbetsrätt, social trygghet och socialt skydd (art. 9.2 b)',
    en: 'Employment, social security and social protection law (Art. 9(2)(b))',
  },
  vital_interests_incapable: {
    sv: 'Grundläggande intresse när den registrerade inte kan samtycka (art. 9.2 c)',
    en: 'Vital interests where the data subject cannot consent (Art. 9(2)(c))',
  },
  nonprofit_members: {
    sv: 'Ideell organisation och dess medlemmar (art. 9.2 d)',
    en: 'Not-for-profit body and its members (Art. 9(2)(d))',
  },
  manifestly_made_public: {
    sv: 'Uppgifter som den registrerade uppenbarligen offentliggjort (art. 9.2 e)',
    en: 'Data manifestly made public by the data subject (Art. 9(2)(e))',
  },
  legal_claims_courts: {
    sv: 'Rättsliga anspråk eller domstolars dömande verksamhet (art. 9.2 f)',
    en: 'Legal claims or courts acting in their judicial capacity (Art. 9(2)(f))',
  },
  substantial_public_interest: {
    sv: 'Viktigt allmänt intresse med stöd i lag (art. 9.2 g)',
    en: 'Substantial public interest based on law (Art. 9(2)(g))',
  },
  health_social_care: {
    sv: 'Hälso- och sjukvård, yrkesmedicin eller social omsorg (art. 9.2 h)',
    en: 'Health or social care, occupational medicine (Art. 9(2)(h))',
  },
  public_health: { sv: 'Folkhälsa (art. 9.2 i)', en: 'Public health (Art. 9(2)(i))' },
  archiving_research_statistics: {
    sv: 'Arkiv, forskning eller statistik (art. 9.2 j)',
    en: 'Archiving, research or statistics (Art. 9(2)(j))',
  },
} satisfies LabelTable<typeof ART9_CONDITIONS>;

const art10Basis = {
  legal_claims: {
    sv: 'Nödvändigt för att fastställa, göra gällande eller försvara rättsliga anspråk',
    en: 'Necessary to establish, exercise or defend legal claims',
  },
  legal_obligation_statute: {
    sv: 'Nödvändigt för att fullgöra en förpliktelse i lag eller förordning',
    en: 'Necessary to meet an obligation under a Swedish act or ordinance',
  },
  imy_regulation_case: {
    sv: 'Tillåtet enligt IMY:s föreskrifter eller särskilt beslut',
    en: 'Allowed by IMY regulations or a specific decision',
  },
  public_authority: { sv: 'Behandling under kontroll av myndighet', en: 'Processing under the control of official authority' },
} satisfies LabelTable<typeof ART10_BASES>;

const pnrJustification = {
  consent: { sv: 'Samtycke', en: 'Consent' },
  clearly_justified_purpose: {
    sv: 'Klart motiverat med hänsyn till ändamålet',
    en: 'Clearly justified by the purpose',
  },
  clearly_justified_secure_id: {
    sv: 'Klart motiverat med hänsyn till vikten av säker identifiering',
    en: 'Clearly justified by the importance of secure identification',
  },
  clearly_justified_other_reason: {
    sv: 'Klart motiverat av annat beaktansvärt skäl',
    en: 'Clearly justified by another significant reason',
  },
  specific_statute: { sv: 'Särskild lag medger behandlingen', en: 'Allowed by a specific statute' },
} satisfies LabelTable<typeof PNR_JUSTIFICATIONS>;

const dataSource = {
  data_subject: { sv: 'Den registrerade själv', en: 'The data subject' },
  customer_controller: { sv: 'Kunden (personuppgiftsansvarig)', en: 'The customer (controller)' },
  employer_of_subject: { sv: 'Den registrerades arbetsgivare', en: "The data subject's employer" },
  public_register: {
    sv: 'Offentligt register (t.ex. SPAR, Bolagsverket)',
    en: 'Public register (e.g. SPAR, Companies Registration Office)',
  },
  generated_by_system: { sv: 'Skapas av systemet', en: 'Generated by the system' },
  third_party: { sv: 'Annan tredje part', en: 'Another third party' },
} satisfies LabelTable<typeof DATA_SOURCES>;

const dpiaStatus = {
  not_needed: { sv: 'Behövs inte', en: 'Not needed' },
  screening_pending: { sv: 'Ej bedömd ännu', en: 'Screening pending' },
  required: { sv: 'Krävs', en: 'Required' },
  in_progress: { sv: 'Pågår', en: 'In progress' },
  done: { sv: 'Genomförd', en: 'Done' },
} satisfies LabelTable<typeof DPIA_STATUSES>;

const dpiaCriterion = {
  evaluation_scoring: { sv: 'Utvärdering eller poängsättning, inkl. profilering', en: 'Evaluation or scoring, incl. profiling' },
  automated_decision_legal_effect: {
    sv: 'Automatiserade beslut med rättslig eller liknande betydande verkan',
    en: 'Automated decisions with legal or similarly significant effect',
  },
  systematic_monitoring: { sv: 'Systematisk övervakning', en: 'Systematic monitoring' },
  sensitive_or_highly_personal: {
    sv: 'Känsliga eller mycket personliga uppgifter',
    en: 'Sensitive or highly personal data',
  },
  large_scale: { sv: 'Behandling i stor omfattning', en: 'Processing on a large scale' },
  matching_combining_datasets: {
    sv: 'Matchning eller sammanförande av datamängder',
    en: 'Matching or combining datasets',
  },
  vulnerable_subjects: { sv: 'Sårbara registrerade (t.ex. barn, anställda)', en: 'Vulnerable data subjects (e.g. children, employees)' },
  innovative_technology: { sv: 'Ny teknik eller nya organisatoriska lösningar', en: 'Innovative technology or organisational solutions' },
  prevents_exercise_of_right_or_service: {
    sv: 'Hindrar de registrerade från att utöva en rättighet eller använda en tjänst',
    en: 'Prevents data subjects from exercising a right or using a service',
  },
} satisfies LabelTable<typeof DPIA_CRITERIA>;

const activityStatus = {
  draft: { sv: 'Utkast', en: 'Draft' },
  active: { sv: 'Aktiv', en: 'Active' },
  archived: { sv: 'Arkiverad', en: 'Archived' },
} satisfies LabelTable<typeof ACTIVITY_STATUSES>;

const activityRole = {
  controller: glossary.controller,
  joint_controller: glossary.jointController,
} satisfies LabelTable<typeof ACTIVITY_ROLES>;

const serviceStatus = {
  active: { sv: 'Aktiv', en: 'Active' },
  archived: { sv: 'Arkiverad', en: 'Archived' },
} satisfies LabelTable<typeof SERVICE_STATUSES>;

const recipientKind = {
  internal: { sv: 'Internt', en: 'Internal' },
  external: { sv: 'Externt', en: 'External' },
  processor: glossary.processor,
} satisfies LabelTable<typeof RECIPIENT_KINDS>;

const transferMechanism = {
  none_eea: { sv: 'Inom EU/EES', en: 'Within the EU/EEA' },
  adequacy: { sv: 'Beslut om adekvat skyddsnivå (art. 45)', en: 'Adequacy decision (Art. 45)' },
  adequacy_us_dpf: {
    sv: 'EU–US Data Privacy Framework (art. 45)',
    en: 'EU–US Data Privacy Framework (Art. 45)',
  },
  scc_2021_914: { sv: 'Standardavtalsklausuler (art. 46.2 c)', en: 'Standard contractual clauses (Art. 46(2)(c))' },
  bcr: { sv: 'Bindande företagsbestämmelser (art. 47)', en: 'Binding corporate rules (Art. 47)' },
  code_of_conduct: { sv: 'Uppförandekod (art. 46.2 e)', en: 'Code of conduct (Art. 46(2)(e))' },
  certification: { sv: 'Certifiering (art. 46.2 f)', en: 'Certification (Art. 46(2)(f))' },
  ad_hoc_clauses: {
    sv: 'Särskilda avtalsklausuler godkända av IMY (art. 46.3 a)',
    en: 'Ad hoc contractual clauses authorised by IMY (Art. 46(3)(a))',
  },
  public_authority_instrument: {
    sv: 'Instrument mellan myndigheter (art. 46.2 a / 46.3 b)',
    en: 'Instrument between public authorities (Art. 46(2)(a) / 46(3)(b))',
  },
  derogation_art49: { sv: 'Undantag i särskilda situationer (art. 49)', en: 'Derogation for specific situations (Art. 49)' },
} satisfies LabelTable<typeof TRANSFER_MECHANISMS>;

const sccModule = {
  C2C: { sv: 'Modul 1: personuppgiftsansvarig till personuppgiftsansvarig', en: 'Module 1: controller to controller' },
  C2P: { sv: 'Modul 2: personuppgiftsansvarig till personuppgiftsbiträde', en: 'Module 2: controller to processor' },
  P2P: { sv: 'Modul 3: personuppgiftsbiträde till underbiträde', en: 'Module 3: processor to sub-processor' },
  P2C: { sv: 'Modul 4: personuppgiftsbiträde till personuppgiftsansvarig', en: 'Module 4: processor to controller' },
} satisfies LabelTable<typeof SCC_MODULES>;

const processingOperation = {
  collection: { sv: 'Insamling', en: 'Collection' },
  recording: { sv: 'Registrering', en: 'Recording' },
  organisation: { sv: 'Organisering', en: 'Organisation' },
  structuring: { sv: 'Strukturering', en: 'Structuring' },
  storage: { sv: 'Lagring', en: 'Storage' },
  adaptation: { sv: 'Bearbetning eller ändring', en: 'Adaptation or alteration' },
  retrieval: { sv: 'Framtagning', en: 'Retrieval' },
  consultation: { sv: 'Läsning', en: 'Consultation' },
  use: { sv: 'Användning', en: 'Use' },
  disclosure_transmission: { sv: 'Utlämning genom överföring', en: 'Disclosure by transmission' },
  dissemination: { sv: 'Spridning eller tillhandahållande', en: 'Dissemination or making available' },
  alignment_combination: { sv: 'Justering eller sammanförande', en: 'Alignment or combination' },
  restriction: { sv: 'Begränsning', en: 'Restriction' },
  erasure: { sv: 'Radering', en: 'Erasure' },
  destruction: { sv: 'Förstöring', en: 'Destruction' },
} satisfies LabelTable<typeof PROCESSING_OPERATIONS>;

const endOfContractAction = {
  return: { sv: 'Återlämnas till kunden', en: 'Returned to the customer' },
  delete: { sv: 'Raderas', en: 'Deleted' },
  return_then_delete: { sv: 'Återlämnas och raderas sedan', en: 'Returned, then deleted' },
} satisfies LabelTable<typeof END_OF_CONTRACT_ACTIONS>;

const vocabularyKind = {
  data_subject: { sv: 'Kategorier av registrerade', en: 'Categories of data subjects' },
  personal_data: { sv: 'Kategorier av personuppgifter', en: 'Categories of personal data' },
  recipient: { sv: 'Kategorier av mottagare', en: 'Categories of recipients' },
  processing: { sv: 'Kategorier av behandling', en: 'Categories of processing' },
} satisfies LabelTable<typeof VOCABULARY_KINDS>;

const personalDataFlag = {
  none: { sv: 'Vanliga personuppgifter', en: 'Ordinary personal data' },
  special: { sv: 'Känsliga personuppgifter (art. 9)', en: 'Special category data (Art. 9)' },
  criminal: { sv: 'Personuppgifter om lagöverträdelser (art. 10)', en: 'Criminal offence data (Art. 10)' },
  personnummer: { sv: 'Personnummer eller samordningsnummer', en: 'Personal identity or coordination number' },
} satisfies LabelTable<typeof PERSONAL_DATA_FLAGS>;

const systemKind = {
  finance: { sv: 'Ekonomisystem', en: 'Finance system' },
  crm: { sv: 'Kundregister (CRM)', en: 'Customer relationship management (CRM)' },
  ticketing: { sv: 'Ärendehanteringssystem', en: 'Ticketing system' },
  monitoring: { sv: 'Övervakning', en: 'Monitoring' },
  cmdb: { sv: 'Konfigurationsdatabas (CMDB)', en: 'Configuration management database (CMDB)' },
  email: { sv: 'E-post', en: 'E-mail' },
  file_storage: { sv: 'Fillagring', en: 'File storage' },
  backup: { sv: 'Säkerhetskopiering', en: 'Backup' },
  hosting: { sv: 'Drift och hosting', en: 'Hosting' },
  website: { sv: 'Webbplats', en: 'Website' },
  hr_payroll: { sv: 'Personal och lön', en: 'HR and payroll' },
  rmm: { sv: 'Fjärrövervakning och fjärrstyrning (RMM)', en: 'Remote monitoring and management (RMM)' },
  other: { sv: 'Annat', en: 'Other' },
} satisfies LabelTable<typeof SYSTEM_KINDS>;

const hostingKind = {
  cloud: { sv: 'Molntjänst (IaaS/PaaS)', en: 'Cloud (IaaS/PaaS)' },
  own_datacenter: { sv: 'Eget datacenter', en: 'Own data centre' },
  office_server: { sv: 'Server på kontoret', en: 'Office server' },
  customer_site: { sv: 'Hos kunden', en: 'At the customer' },
  saas: { sv: 'Programvarutjänst (SaaS)', en: 'Software as a service (SaaS)' },
} satisfies LabelTable<typeof HOSTING_KINDS>;

const locationKind = {
  country: { sv: 'Ett land', en: 'A country' },
  eea: { sv: 'EU/EES', en: 'The EU/EEA' },
  region: { sv: 'En region', en: 'A region' },
} satisfies LabelTable<typeof LOCATION_KINDS>;

const legalForm = {
  company: { sv: 'Företag (organisationsnummer)', en: 'Company (registration number)' },
  sole_trader: { sv: 'Enskild firma (personnummer)', en: 'Sole trader (personal identity number)' },
} satisfies LabelTable<typeof LEGAL_FORMS>;

const measureCategory = {
  organisational: { sv: 'Organisatoriska åtgärder', en: 'Organisational measures' },
  technical: { sv: 'Tekniska åtgärder', en: 'Technical measures' },
  physical: { sv: 'Fysiska åtgärder', en: 'Physical measures' },
} satisfies LabelTable<typeof MEASURE_CATEGORIES>;

const measureStatus = {
  implemented: { sv: 'Införd', en: 'Implemented' },
  planned: { sv: 'Planerad', en: 'Planned' },
  not_applicable: { sv: 'Ej tillämplig', en: 'Not applicable' },
} satisfies LabelTable<typeof MEASURE_STATUSES>;

const subprocessorStatus = {
  active: { sv: 'Aktivt', en: 'Active' },
  planned: { sv: 'Planerat', en: 'Planned' },
  terminated: { sv: 'Avslutat', en: 'Terminated' },
} satisfies LabelTable<typeof SUBPROCESSOR_STATUSES>;

const retentionAnchor = {
  created: { sv: 'När uppgifterna skapades', en: 'When the data was created' },
  last_activity: { sv: 'Senaste aktivitet', en: 'Last activity' },
  fiscal_year_end: { sv: 'Räkenskapsårets utgång', en: 'End of the financial year' },
  event: { sv: 'En händelse', en: 'An event' },
} satisfies LabelTable<typeof RETENTION_ANCHORS>;

const retentionEvent = {
  contract_ended: { sv: 'Avtalet har upphört', en: 'The contract ended' },
  ticket_closed: { sv: 'Ärendet har stängts', en: 'The ticket was closed' },
  employment_ended: { sv: 'Anställningen har upphört', en: 'The employment ended' },
  recruitment_decided: { sv: 'Rekryteringen har avgjorts', en: 'The recruitment was decided' },
  consent_withdrawn: { sv: 'Samtycket har återkallats', en: 'Consent was withdrawn' },
  account_closed: { sv: 'Kontot har avslutats', en: 'The account was closed' },
  asset_decommissioned: { sv: 'Utrustningen har avvecklats', en: 'The asset was decommissioned' },
  site_closed: { sv: 'Driftstället har stängts', en: 'The site was closed' },
  purpose_fulfilled: { sv: 'Ändamålet har uppfyllts', en: 'The purpose was fulfilled' },
  agreement_terminated: { sv: 'PUB-avtalet har upphört', en: 'The data processing agreement ended' },
  request_closed: { sv: 'Begäran har avslutats', en: 'The request was closed' },
  breach_closed: { sv: 'Incidenten har avslutats', en: 'The breach was closed' },
} satisfies LabelTable<typeof RETENTION_EVENTS>;

const retentionRounding = {
  none: { sv: 'Ingen avrundning', en: 'No rounding' },
  end_of_calendar_year: { sv: 'Till slutet av kalenderåret', en: 'To the end of the calendar year' },
  end_of_month: { sv: 'Till slutet av månaden', en: 'To the end of the month' },
} satisfies LabelTable<typeof RETENTION_ROUNDINGS>;

const retentionAction = {
  delete: { sv: 'Radera', en: 'Delete' },
  anonymise: { sv: 'Anonymisera', en: 'Anonymise' },
  delete_or_anonymise: { sv: 'Radera eller anonymisera', en: 'Delete or anonymise' },
  return_to_controller: { sv: 'Återlämna till den personuppgiftsansvarige', en: 'Return to the controller' },
  archive: { sv: 'Arkivera', en: 'Archive' },
  review: { sv: 'Pröva på nytt', en: 'Review' },
} satisfies LabelTable<typeof RETENTION_ACTIONS>;

const equipmentType = {
  server: { sv: 'Server', en: 'Server' },
  nas: { sv: 'Nätverkslagring (NAS)', en: 'Network storage (NAS)' },
  firewall: { sv: 'Brandvägg', en: 'Firewall' },
  switch: { sv: 'Switch', en: 'Switch' },
  access_point: { sv: 'Trådlös accesspunkt', en: 'Wireless access point' },
  pc: { sv: 'Dator', en: 'Computer' },
  camera: { sv: 'Kamera', en: 'Camera' },
  printer: { sv: 'Skrivare', en: 'Printer' },
  other: { sv: 'Annan utrustning', en: 'Other equipment' },
} satisfies LabelTable<typeof EQUIPMENT_TYPES>;

const equipmentStatus = {
  in_use: { sv: 'I drift', en: 'In use' },
  in_storage: { sv: 'I förråd', en: 'In storage' },
  removed: { sv: 'Borttagen', en: 'Removed' },
} satisfies LabelTable<typeof EQUIPMENT_STATUSES>;

const encryptionState = {
  yes: { sv: 'Krypterad', en: 'Encrypted' },
  no: { sv: 'Inte krypterad', en: 'Not encrypted' },
  unknown: { sv: 'Okänt', en: 'Unknown' },
} satisfies LabelTable<typeof ENCRYPTION_STATES>;

const changeKind = {
  add: { sv: 'Nytt underbiträde', en: 'New sub-processor' },
  replace: { sv: 'Byte av underbiträde', en: 'Replaced sub-processor' },
  remove: { sv: 'Underbiträde upphör', en: 'Sub-processor removed' },
  change: { sv: 'Ändrade uppgifter om underbiträde', en: 'Changed sub-processor details' },
} satisfies LabelTable<typeof CHANGE_KINDS>;

const changeDecision = {
  pending: { sv: 'Inte beslutat', en: 'Not decided' },
  notify: { sv: 'Kunderna meddelas', en: 'Customers are notified' },
  no_notice: { sv: 'Inget meddelande behövs', en: 'No notice needed' },
  withdrawn: { sv: 'Ändringen görs inte', en: 'Change withdrawn' },
} satisfies LabelTable<typeof CHANGE_DECISIONS>;

const changeNoticeState = {
  proposed: { sv: 'Föreslaget', en: 'Proposed' },
  draft: { sv: 'Utkast', en: 'Draft' },
  sent: { sv: 'Skickat', en: 'Sent' },
  answered: { sv: 'Besvarat', en: 'Answered' },
  in_effect: { sv: 'Gäller', en: 'In effect' },
  no_notice: { sv: 'Inget meddelande', en: 'No notice' },
  withdrawn: { sv: 'Återkallat', en: 'Withdrawn' },
} satisfies LabelTable<typeof CHANGE_NOTICE_STATES>;

const sentVia = {
  email: { sv: 'E-post', en: 'E-mail' },
  post: { sv: 'Post', en: 'Post' },
  portal: { sv: 'Kundportal', en: 'Customer portal' },
} satisfies LabelTable<typeof SENT_VIA>;

const objectionResolution = {
  withdrawn: { sv: 'Invändningen återtogs', en: 'Objection withdrawn' },
  excepted: { sv: 'Kunden undantas från ändringen', en: 'Customer excepted from the change' },
  terminated: { sv: 'Avtalet sägs upp', en: 'Contract terminated' },
} satisfies LabelTable<typeof OBJECTION_RESOLUTIONS>;

const recipientState = {
  not_sent: { sv: 'Inte skickat', en: 'Not sent' },
  awaiting: { sv: 'Väntar på svar', en: 'Awaiting answer' },
  accepted: { sv: 'Godkänt', en: 'Accepted' },
  deemed_accepted: { sv: 'Godkänt (ingen invändning före fristen)', en: 'Accepted (no objection by the deadline)' },
  objected: { sv: 'Invändning', en: 'Objection' },
  resolved: { sv: 'Invändning avgjord', en: 'Objection resolved' },
} satisfies LabelTable<typeof RECIPIENT_STATES>;

const dsrRight = {
  access: { sv: 'Tillgång – registerutdrag (art. 15)', en: 'Access (Art. 15)' },
  rectification: { sv: 'Rättelse (art. 16)', en: 'Rectification (Art. 16)' },
  erasure: { sv: 'Radering (art. 17)', en: 'Erasure (Art. 17)' },
  restriction: { sv: 'Begränsning av behandling (art. 18)', en: 'Restriction of processing (Art. 18)' },
  portability: { sv: 'Dataportabilitet (art. 20)', en: 'Data portability (Art. 20)' },
  objection: { sv: 'Invändning (art. 21)', en: 'Objection (Art. 21)' },
  automated_decisions: { sv: 'Automatiserade beslut (art. 22)', en: 'Automated decisions (Art. 22)' },
  withdraw_consent: { sv: 'Återkallat samtycke (art. 7.3)', en: 'Withdrawal of consent (Art. 7(3))' },
} satisfies LabelTable<typeof DSR_RIGHTS>;

const dsrChannel = {
  email: { sv: 'E-post', en: 'E-mail' },
  letter: { sv: 'Brev', en: 'Letter' },
  phone: { sv: 'Telefon', en: 'Phone' },
  web: { sv: 'Webbformulär', en: 'Web form' },
  in_person: { sv: 'Personligen', en: 'In person' },
} satisfies LabelTable<typeof DSR_CHANNELS>;

const ourRole = {
  controller: { sv: 'Vi är personuppgiftsansvariga', en: 'We are the controller' },
  processor: { sv: 'Vi är personuppgiftsbiträde åt en kund', en: 'We are processor for a customer' },
} satisfies LabelTable<typeof OUR_ROLES>;

const identityState = {
  pending: { sv: 'Inte kontrollerad', en: 'Not checked' },
  verified: { sv: 'Kontrollerad', en: 'Verified' },
  not_needed: { sv: 'Behövs inte', en: 'Not needed' },
  failed: { sv: 'Kunde inte styrkas', en: 'Could not be confirmed' },
} satisfies LabelTable<typeof IDENTITY_STATES>;

const dsrStatus = {
  received: { sv: 'Mottagen', en: 'Received' },
  verifying: { sv: 'Identitet kontrolleras', en: 'Verifying identity' },
  in_progress: { sv: 'Pågår', en: 'In progress' },
  answered: { sv: 'Besvarad', en: 'Answered' },
  refused: { sv: 'Avslagen', en: 'Refused' },
  forwarded: { sv: 'Vidarebefordrad till kunden', en: 'Forwarded to the customer' },
} satisfies LabelTable<typeof DSR_STATUSES>;

const dsrOutcome = {
  granted: { sv: 'Beviljad', en: 'Granted' },
  partially_granted: { sv: 'Delvis beviljad', en: 'Partly granted' },
  refused_unfounded_excessive: { sv: 'Avslagen – uppenbart ogrundad eller orimlig', en: 'Refused – manifestly unfounded or excessive' },
  refused_exemption: { sv: 'Avslagen – undantag i lag', en: 'Refused – exemption in law' },
  no_data: { sv: 'Inga uppgifter fanns', en: 'No data held' },
} satisfies LabelTable<typeof DSR_OUTCOMES>;

const deadlineState = {
  closed: { sv: 'Avslutad', en: 'Closed' },
  overdue: { sv: 'Försenad', en: 'Overdue' },
  due_soon: { sv: 'Förfaller inom en vecka', en: 'Due within a week' },
  running: { sv: 'Pågår', en: 'Running' },
} satisfies LabelTable<typeof DEADLINE_STATES>;

const breachType = {
  confidentiality: { sv: 'Konfidentialitet (obehörig åtkomst eller röjande)', en: 'Confidentiality (unauthorised access or disclosure)' },
  integrity: { sv: 'Riktighet (uppgifter ändrade)', en: 'Integrity (data altered)' },
  availability: { sv: 'Tillgänglighet (uppgifter förlorade eller otillgängliga)', en: 'Availability (data lost or unavailable)' },
} satisfies LabelTable<typeof BREACH_TYPES>;

const breachCause = {
  misdirected_email: { sv: 'Felskickad e-post eller post', en: 'Misdirected e-mail or mail' },
  lost_stolen_device: { sv: 'Förlorad eller stulen enhet', en: 'Lost or stolen device' },
  phishing: { sv: 'Nätfiske', en: 'Phishing' },
  malware_ransomware: { sv: 'Skadlig kod eller utpressningsprogram', en: 'Malware or ransomware' },
  hacking: { sv: 'Dataintrång', en: 'Hacking' },
  unauthorised_internal_access: { sv: 'Obehörig åtkomst inifrån', en: 'Unauthorised internal access' },
  misconfiguration: { sv: 'Felkonfiguration', en: 'Misconfiguration' },
  software_bug: { sv: 'Programfel', en: 'Software bug' },
  supplier_incident: { sv: 'Incident hos leverantör', en: 'Incident at a supplier' },
  physical: { sv: 'Fysisk händelse (brand, inbrott, vatten)', en: 'Physical event (fire, burglary, water)' },
  other: { sv: 'Annat', en: 'Other' },
} satisfies LabelTable<typeof BREACH_CAUSES>;

const breachRisk = {
  no_risk: { sv: 'Ingen sannolik risk', en: 'No likely risk' },
  risk: { sv: 'Risk', en: 'Risk' },
  high_risk: { sv: 'Hög risk', en: 'High risk' },
} satisfies LabelTable<typeof BREACH_RISKS>;

const subjectNoticeExemption = {
  encrypted: {
    sv: 'Uppgifterna var oläsbara för obehöriga (t.ex. krypterade) – art. 34.3 a',
    en: 'The data was unintelligible to others (e.g. encrypted) – Art. 34(3)(a)',
  },
  risk_mitigated: {
    sv: 'Åtgärder gör att den höga risken inte längre är sannolik – art. 34.3 b',
    en: 'Measures taken mean the high risk is no longer likely – Art. 34(3)(b)',
  },
  disproportionate_public_notice: {
    sv: 'Oproportionerlig ansträngning – offentligt meddelande i stället (art. 34.3 c)',
    en: 'Disproportionate effort – public communication instead (Art. 34(3)(c))',
  },
} satisfies LabelTable<typeof SUBJECT_NOTICE_EXEMPTIONS>;

const otherAuthority = {
  police: { sv: 'Polisen', en: 'The police' },
  cert_se_nis2: { sv: 'CERT-SE (cybersäkerhetslagen)', en: 'CERT-SE (Swedish NIS2 act)' },
  other: { sv: 'Annan myndighet', en: 'Other authority' },
} satisfies LabelTable<typeof OTHER_AUTHORITIES>;

const breachNoticeVia = {
  email: { sv: 'E-post', en: 'E-mail' },
  phone: { sv: 'Telefon', en: 'Phone' },
  post: { sv: 'Post', en: 'Post' },
  portal: { sv: 'Kundportal', en: 'Customer portal' },
} satisfies LabelTable<typeof BREACH_NOTICE_VIA>;

export const labels = {
  legalBasis,
  specialCategory,
  art9Condition,
  art10Basis,
  pnrJustification,
  dataSource,
  dpiaStatus,
  dpiaCriterion,
  activityStatus,
  activityRole,
  serviceStatus,
  recipientKind,
  transferMechanism,
  sccModule,
  processingOperation,
  endOfContractAction,
  vocabularyKind,
  personalDataFlag,
  systemKind,
  hostingKind,
  locationKind,
  legalForm,
  measureCategory,
  measureStatus,
  subprocessorStatus,
  retentionAnchor,
  retentionEvent,
  retentionRounding,
  retentionAction,
  equipmentType,
  equipmentStatus,
  encryptionState,
  changeKind,
  changeDecision,
  changeNoticeState,
  sentVia,
  objectionResolution,
  recipientState,
  dsrRight,
  dsrChannel,
  ourRole,
  identityState,
  dsrStatus,
  dsrOutcome,
  deadlineState,
  breachType,
  breachCause,
  breachRisk,
  subjectNoticeExemption,
  otherAuthority,
  breachNoticeVia,
} as const;

export type LabelKind = keyof typeof labels;

/** The label of an enum value in the given language; an unknown value comes back as it is. */
export function enumLabel<K extends LabelKind>(kind: K, value: string, lang: Language): string {
  const table = labels[kind] as Record<string, Label>;
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value]![lang] : value;
}

/** Value–label pairs in enum order, for select boxes. */
export function enumOptions<K extends LabelKind>(kind: K, lang: Language): { value: string; label: string }[] {
  return Object.entries(labels[kind] as Record<string, Label>).map(([value, label]) => ({ value, label: label[lang] }));
}

// Countries: EEA, adequacy countries and the usual home countries of suppliers to Swedish MSPs.
const countries: Record<string, Label> = {
  // EU/EEA
  AT: { sv: 'Österrike', en: 'Austria' },
  BE: { sv: 'Belgien', en: 'Belgium' },
  BG: { sv: 'Bulgarien', en: 'Bulgaria' },
  HR: { sv: 'Kroatien', en: 'Croatia' },
  CY: { sv: 'Cypern', en: 'Cyprus' },
  CZ: { sv: 'Tjeckien', en: 'Czechia' },
  DK: { sv: 'Danmark', en: 'Denmark' },
  EE: { sv: 'Estland', en: 'Estonia' },
  FI: { sv: 'Finland', en: 'Finland' },
  FR: { sv: 'Frankrike', en: 'France' },
  DE: { sv: 'Tyskland', en: 'Germany' },
  GR: { sv: 'Grekland', en: 'Greece' },
  HU: { sv: 'Ungern', en: 'Hungary' },
  IE: { sv: 'Irland', en: 'Ireland' },
  IT: { sv: 'Italien', en: 'Italy' },
  LV: { sv: 'Lettland', en: 'Latvia' },
  LT: { sv: 'Litauen', en: 'Lithuania' },
  LU: { sv: 'Luxemburg', en: 'Luxembourg' },
  MT: { sv: 'Malta', en: 'Malta' },
  NL: { sv: 'Nederländerna', en: 'Netherlands' },
  PL: { sv: 'Polen', en: 'Poland' },
  PT: { sv: 'Portugal', en: 'Portugal' },
  RO: { sv: 'Rumänien', en: 'Romania' },
  SK: { sv: 'Slovakien', en: 'Slovakia' },
  SI: { sv: 'Slovenien', en: 'Slovenia' },
  ES: { sv: 'Spanien', en: 'Spain' },
  SE: { sv: 'Sverige', en: 'Sweden' },
  IS: { sv: 'Island', en: 'Iceland' },
  LI: { sv: 'Liechtenstein', en: 'Liechtenstein' },
  NO: { sv: 'Norge', en: 'Norway' },
  // Adequacy decisions
  AD: { sv: 'Andorra', en: 'Andorra' },
  AR: { sv: 'Argentina', en: 'Argentina' },
  BR: { sv: 'Brasilien', en: 'Brazil' },
  CA: { sv: 'Kanada', en: 'Canada' },
  FO: { sv: 'Färöarna', en: 'Faroe Islands' },
  GG: { sv: 'Guernsey', en: 'Guernsey' },
  IM: { sv: 'Isle of Man', en: 'Isle of Man' },
  IL: { sv: 'Israel', en: 'Israel' },
  JP: { sv: 'Japan', en: 'Japan' },
  JE: { sv: 'Jersey', en: 'Jersey' },
  NZ: { sv: 'Nya Zeeland', en: 'New Zealand' },
  KR: { sv: 'Sydkorea', en: 'South Korea' },
  CH: { sv: 'Schweiz', en: 'Switzerland' },
  GB: { sv: 'Storbritannien', en: 'United Kingdom' },
  US: { sv: 'USA', en: 'United States' },
  UY: { sv: 'Uruguay', en: 'Uruguay' },
  // Other common supplier countries
  AU: { sv: 'Australien', en: 'Australia' },
  IN: { sv: 'Indien', en: 'India' },
  CN: { sv: 'Kina', en: 'China' },
  SG: { sv: 'Singapore', en: 'Singapore' },
  UA: { sv: 'Ukraina', en: 'Ukraine' },
  RS: { sv: 'Serbien', en: 'Serbia' },
  PH: { sv: 'Filippinerna', en: 'Philippines' },
  ZA: { sv: 'Sydafrika', en: 'South Africa' },
  MX: { sv: 'Mexiko', en: 'Mexico' },
  AE: { sv: 'Förenade Arabemiraten', en: 'United Arab Emirates' },
  TR: { sv: 'Turkiet', en: 'Türkiye' },
  HK: { sv: 'Hongkong', en: 'Hong Kong' },
  TW: { sv: 'Taiwan', en: 'Taiwan' },
  MY: { sv: 'Malaysia', en: 'Malaysia' },
  VN: { sv: 'Vietnam', en: 'Vietnam' },
  BY: { sv: 'Belarus', en: 'Belarus' },
  RU: { sv: 'Ryssland', en: 'Russia' },
};

/** ISO 3166-1 alpha-2 codes that have a name here. */
export const NAMED_COUNTRIES: readonly string[] = Object.keys(countries);

/** The country's name in the given language; an unknown code comes back upper-cased. */
export function countryName(code: string, lang: Language): string {
  const upper = code.trim().toUpperCase();
  return countries[upper]?.[lang] ?? upper;
}

/** Country options sorted by name in the given language (Swedish collation for Swedish). */
export function countryOptions(lang: Language): { value: string; label: string }[] {
  const collator = new Intl.Collator(lang === 'sv' ? 'sv' : 'en');
  return NAMED_COUNTRIES.map((value) => ({ value, label: countryName(value, lang) })).sort((a, b) => collator.compare(a.label, b.label));
}

/** Where a system or a sub-processor holds data: a country, the EU/EEA as a whole, or a named region. */
export interface Location {
  locationKind: LocationKind;
  /** ISO code; '' unless locationKind is 'country'. */
  country: string;
  regionName: string;
  regionInEea: boolean;
}

/** True when the data stays inside the EU/EEA (no third-country transfer). */
export function locationIsInEea(x: Location): boolean {
  if (x.locationKind === 'eea') return true;
  if (x.locationKind === 'region') return x.regionInEea;
  return isEeaCountry(x.country);
}

/** The place as a document prints it: "Sverige", "EU/EES", or the region's own name. */
export function locationLabel(x: Location, lang: Language): string {
  if (x.locationKind === 'eea') return lang === 'sv' ? 'EU/EES' : 'EU/EEA';
  // The schema requires a region's name; the fallback only guards old or imported rows.
  if (x.locationKind === 'region') return x.regionName.trim() || locationKind.region[lang];
  return countryName(x.country, lang);
}
