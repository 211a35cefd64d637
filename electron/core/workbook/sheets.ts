// The register workbook's sheets as data: for each sheet its name, title and columns (key, header
// in Swedish and English, widest width in characters, type). workbook.rows.ts fills the rows,
// workbook.writer.ts turns them into XLSX (and the bench into CSV).
import type { WorkbookSheet } from '../../../shared/contract';
import type { Label } from '../../../shared/domain/labels';
import { glossary } from '../../../shared/glossary';

/**
 * text: one line or a paragraph (wrapped); list: items, one per line in the cell; date: an ISO
 * date (YYYY-MM-DD) written as a real Excel date; number: a number.
 */
export type ColumnType = 'text' | 'date' | 'number' | 'list';

export interface ColumnDef<K extends string = string> {
  key: K;
  header: Label;
  /** The widest the column gets, in characters; narrower when its contents are. */
  width: number;
  type: ColumnType;
}

/** A cell's value before it is written: lists are joined one item per line. */
export type CellValue = string | number | readonly string[] | null;

export interface SheetDef<K extends string = string> {
  key: WorkbookSheet;
  /** The tab's name (at most 31 characters, none of []:*?/\). */
  name: Label;
  /** The first line of the sheet, followed by the organisation, export date and schema version. */
  title: Label;
  columns: readonly ColumnDef<K>[];
  /** Columns kept in view when scrolling sideways (the row's name). */
  freezeColumns: number;
}

export type RowOf<S extends SheetDef> = { [K in S['columns'][number]['key']]: CellValue };

const col = <K extends string>(key: K, sv: string, en: string, width: number, type: ColumnType = 'text'): ColumnDef<K> => ({
  key,
  header: { sv, en },
  width,
  type,
});
/** A column whose header is a glossary term, so that it reads as in the UI. */
const termCol = <K extends string>(key: K, term: Label, width: number, type: ColumnType = 'text'): ColumnDef<K> =>
  col(key, term.sv, term.en, width, type);
const status = glossary.agreementStatus;

const sheet = <K extends string>(def: SheetDef<K>): SheetDef<K> => def;

/** Organisation profile: one fact per row (Art. 30(1)(a) and 30(2)(a)). */
export const organisationSheet = sheet({
  key: 'organisation',
  name: { sv: 'Organisation', en: 'Organisation' },
  title: { sv: 'Personuppgiftsansvarig och personuppgiftsbiträde', en: 'Controller and processor' },
  freezeColumns: 0,
  columns: [col('field', 'Uppgift', 'Item', 42), col('value', 'Innehåll', 'Details', 70)],
});

/** Art. 30(1): one row per activity and purpose, with the recommended fields beside the required ones. */
export const controllerSheet = sheet({
  key: 'controller',
  name: { sv: 'Behandlingar (art. 30.1)', en: 'Controller (Art. 30(1))' },
  title: { sv: 'Registerförteckning som personuppgiftsansvarig (art. 30.1)', en: 'Record of processing as controller (Art. 30(1))' },
  freezeColumns: 2,
  columns: [
    col('refNo', 'Ref.nr', 'Ref. no.', 10),
    col('name', 'Behandling', 'Processing activity', 32),
    col('purpose', 'Ändamål', 'Purpose', 45),
    col('legalBasis', 'Rättslig grund', 'Lawful basis', 30),
    col('legalBasisDetail', 'Närmare stöd', 'Basis detail', 30),
    col('lia', 'Intresseavvägning', 'Legitimate interests assessment', 45),
    col('description', 'Beskrivning', 'Description', 45),
    col('role', 'Roll', 'Role', 20),
    col('jointControllers', 'Gemensamt personuppgiftsansvariga', 'Joint controllers', 30),
    col('dataSubjects', 'Kategorier av registrerade', 'Categories of data subjects', 30, 'list'),
    col('personalData', 'Kategorier av personuppgifter', 'Categories of personal data', 32, 'list'),
    col('specialCategories', 'Känsliga personuppgifter (art. 9)', 'Special categories (Art. 9)', 30, 'list'),
    col('art9Conditions', 'Undantag enligt art. 9.2', 'Art. 9(2) condition', 40, 'list'),
    col('criminalData', 'Uppgifter om lagöverträdelser (art. 10)', 'Criminal offence data (Art. 10)', 36),
    col('personnummer', 'Personnummer och motivering', 'Personal identity numbers and justification', 36),
    col('dataSources', 'Varifrån uppgifterna kommer', 'Sources of the data', 30, 'list'),
    col('recipients', 'Kategorier av mottagare', 'Categories of recipients', 36, 'list'),
    col('transfers', 'Överföringar till tredjeland', 'Transfers to third countries', 45, 'list'),
    col('retention', 'Gallringsfrister', 'Time limits for erasure', 50, 'list'),
    col('systems', 'System', 'Systems', 28, 'list'),
    col('securitySummary', 'Säkerhetsåtgärder, beskrivning', 'Security measures, description', 45),
    col('measures', 'Säkerhetsåtgärder', 'Security measures', 45, 'list'),
    col('dpiaStatus', 'Konsekvensbedömning (DPIA)', 'Impact assessment (DPIA)', 18),
    col('dpiaCriteria', 'DPIA-kriterier', 'DPIA criteria', 40, 'list'),
    col('dpiaNote', 'DPIA-anteckning', 'DPIA note', 40),
    col('automatedDecisions', 'Automatiserade beslut', 'Automated decisions', 30),
    col('childrenData', 'Uppgifter om barn', "Children's data", 10),
    col('volume', 'Antal registrerade', 'Number of data subjects', 16),
    col('owner', 'Behandlingsägare', 'Process owner', 22),
    col('status', 'Status', 'Status', 12),
    col('lastReviewedAt', 'Senast granskad', 'Last reviewed', 12, 'date'),
    col('nextReviewAt', 'Nästa granskning', 'Next review', 12, 'date'),
    col('updatedAt', 'Senast ändrad', 'Last changed', 12, 'date'),
  ],
});

/** Art. 30(2): one row per customer and service. */
export const processorSheet = sheet({
  key: 'processor',
  name: { sv: 'Biträdesregister (art. 30.2)', en: 'Processor (Art. 30(2))' },
  title: { sv: 'Registerförteckning som personuppgiftsbiträde (art. 30.2)', en: 'Record of processing as processor (Art. 30(2))' },
  freezeColumns: 2,
  columns: [
    col('customer', 'Personuppgiftsansvarig (kund)', 'Controller (customer)', 32),
    col('service', 'Tjänst', 'Service', 26),
    termCol('orgNr', glossary.orgNr, 14),
    col('contact', 'Kontaktperson', 'Contact person', 32),
    col('dpo', 'Kundens dataskyddsombud', "Customer's data protection officer", 32),
    col('startDate', 'Från', 'From', 12, 'date'),
    col('endDate', 'Till', 'Until', 12, 'date'),
    col('processing', 'Kategorier av behandling', 'Categories of processing', 32, 'list'),
    col('subjectMatter', 'Behandlingens föremål', 'Subject matter', 40),
    col('purpose', 'Ändamål', 'Purpose', 40),
    col('nature', 'Behandlingens art', 'Nature of the processing', 26, 'list'),
    col('personalData', 'Kategorier av personuppgifter', 'Categories of personal data', 32, 'list'),
    col('dataSubjects', 'Kategorier av registrerade', 'Categories of data subjects', 30, 'list'),
    col('specialCategories', 'Känsliga personuppgifter (art. 9)', 'Special categories (Art. 9)', 30, 'list'),
    col('subprocessors', 'Underbiträden', 'Sub-processors', 36, 'list'),
    col('transfers', 'Överföringar till tredjeland', 'Transfers to third countries', 45, 'list'),
    col('measures', 'Säkerhetsåtgärder', 'Security measures', 45, 'list'),
    col('retention', 'Lagringstid', 'Retention', 45),
    col('endOfContract', 'När avtalet upphör', 'When the contract ends', 26),
  ],
});

export const subprocessorsSheet = sheet({
  key: 'subprocessors',
  name: { sv: 'Underbiträden', en: 'Sub-processors' },
  title: { sv: 'Underbiträden', en: 'Sub-processors' },
  freezeColumns: 1,
  columns: [
    termCol('name', glossary.subprocessor, 30),
    termCol('orgNr', glossary.orgNr, 16),
    col('country', 'Land', 'Country', 16),
    col('thirdCountry', 'Tredjeland', 'Third country', 11),
    col('address', 'Adress', 'Address', 32),
    col('website', 'Webbplats', 'Website', 28),
    col('contact', 'Kontaktperson', 'Contact', 30),
    col('serviceDescription', 'Vad underbiträdet gör', 'What the sub-processor does', 40),
    col('dataProcessed', 'Personuppgifter som behandlas', 'Personal data processed', 40),
    col('locations', 'Var uppgifterna behandlas', 'Where the data is processed', 30),
    col('mechanism', 'Överföringsverktyg', 'Transfer tool', 36),
    col('sccModule', 'Modul (standardavtalsklausuler)', 'SCC module', 30),
    col('transferNotes', 'Om överföringen', 'Transfer notes', 40),
    col('agreementDate', 'Underbiträdesavtal daterat', 'Sub-processing agreement dated', 14, 'date'),
    col('agreementNotes', 'Om avtalet', 'Agreement notes', 36),
    col('status', 'Status', 'Status', 12),
    col('services', 'Används i tjänsterna', 'Used in the services', 30, 'list'),
    col('customerCount', 'Antal kunder', 'Customers', 10, 'number'),
    col('notes', 'Anteckningar', 'Notes', 40),
  ],
});

/** The policy table's columns first (Typ / Lagringsplats / Syfte / Utrensningspolicy), then the rule's parameters. */
export const retentionSheet = sheet({
  key: 'retention',
  name: { sv: 'Gallringsregler', en: 'Retention rules' },
  title: { sv: 'Gallringsregler och lagringstider', en: 'Retention rules' },
  freezeColumns: 1,
  columns: [
    col('type', 'Typ', 'Type', 30),
    col('storageLocation', 'Lagringsplats', 'Storage location', 26),
    col('purpose', 'Syfte', 'Purpose', 30),
    col('policy', 'Utrensningspolicy', 'Purge policy', 50),
    col('exception', 'Undantag', 'Exception', 36),
    col('summary', 'Regeln i ord', 'The rule in words', 45),
    col('anchor', 'Räknas från', 'Counted from', 28),
    col('rounding', 'Avrundning', 'Rounding', 24),
    col('duration', 'Lagringstid', 'Retention period', 22),
    col('inclusive', 'Sista dagen ingår', 'Last day included', 10),
    col('backupLag', 'Tid till säkerhetskopior är rensade', 'Until backups are purged', 22),
    col('action', 'Åtgärd', 'Action', 24),
    col('legalMinimum', 'Lagstadgad minsta tid', 'Legal minimum', 22),
    col('legalMinimumSource', 'Källa för minsta tid', 'Source of the minimum', 26),
    col('legalBasisRef', 'Stöd', 'Basis', 26),
    col('legalHoldAllowed', 'Kan pausas (legal hold)', 'Legal hold allowed', 12),
    col('appliesTo', 'Rensar i registret', 'Purges in the register', 20, 'list'),
    col('usedByActivities', 'Används av behandlingar', 'Used by activities', 12, 'number'),
    col('usedByServices', 'Används av tjänster', 'Used by services', 12, 'number'),
    col('warnings', 'Att se över', 'To check', 40, 'list'),
  ],
});

/** One row per agreement version (PUB-avtal), with its status and dates. */
export const agreementsSheet = sheet({
  key: 'agreements',
  name: { sv: 'PUB-avtal', en: 'Agreements' },
  title: { sv: 'Personuppgiftsbiträdesavtal (PUB-avtal)', en: 'Data processing agreements' },
  freezeColumns: 1,
  columns: [
    col('customer', 'Kund', 'Customer', 32),
    termCol('orgNr', glossary.orgNr, 14),
    col('version', 'Version', 'Version', 9, 'number'),
    col('status', 'Status', 'Status', 16),
    col('lang', 'Språk', 'Language', 10),
    col('generatedOn', 'Skapat', 'Generated', 12, 'date'),
    termCol('sentOn', status.sent, 12, 'date'),
    termCol('signedOn', status.signed, 12, 'date'),
    col('effectiveOn', 'Gäller från', 'Effective from', 12, 'date'),
    termCol('terminatedOn', status.terminated, 12, 'date'),
    col('noticeDays', 'Varsel vid byte av underbiträde (dagar)', 'Notice of sub-processor changes (days)', 18, 'number'),
    col('controllerSignatory', 'Undertecknat för kunden', 'Signed for the customer', 30),
    col('processorSignatory', 'Undertecknat för oss', 'Signed for us', 30),
    col('signingPlace', 'Ort', 'Place', 16),
    col('templateVersion', 'Mallversion', 'Template version', 10, 'number'),
    col('attachments', 'Bifogade filer', 'Attached files', 36, 'list'),
    col('notes', 'Anteckningar', 'Notes', 40),
  ],
});

export const sitesSheet = sheet({
  key: 'sites',
  name: { sv: 'Kundplatser', en: 'Sites' },
  title: { sv: 'Kundplatser', en: 'Customer sites' },
  freezeColumns: 2,
  columns: [
    col('customer', 'Kund', 'Customer', 32),
    col('name', 'Plats', 'Site', 28),
    col('street', 'Gatuadress', 'Street', 30),
    col('postalCode', 'Postnummer', 'Postcode', 10),
    col('city', 'Ort', 'City', 18),
    col('contactName', 'Kontaktperson', 'Contact person', 24),
    col('contactPhone', 'Telefon', 'Phone', 16),
    col('contactEmail', 'E-post', 'Email', 28),
    col('accessNotes', 'Tillträde', 'Access', 40),
    col('equipmentCount', 'Utrustning (antal)', 'Equipment (count)', 10, 'number'),
    col('closedOn', 'Avvecklad', 'Closed', 12, 'date'),
  ],
});

export const equipmentSheet = sheet({
  key: 'equipment',
  name: { sv: 'Utrustning', en: 'Equipment' },
  title: { sv: 'Utrustning hos kunderna', en: 'Equipment at customer sites' },
  freezeColumns: 1,
  columns: [
    col('customer', 'Kund', 'Customer', 32),
    col('site', 'Plats', 'Site', 26),
    col('type', 'Typ', 'Type', 22),
    col('make', 'Fabrikat', 'Make', 16),
    col('model', 'Modell', 'Model', 20),
    col('serialNumber', 'Serienummer', 'Serial number', 18),
    col('hostname', 'Värdnamn', 'Hostname', 20),
    col('network', 'Nätverk', 'Network', 28),
    col('personalData', 'Personuppgifter på enheten', 'Personal data on the device', 36),
    col('encrypted', 'Kryptering', 'Encryption', 16),
    col('services', 'Tjänster', 'Services', 26, 'list'),
    col('status', 'Status', 'Status', 14),
    col('installedOn', 'Installerad', 'Installed', 12, 'date'),
    col('removedOn', 'Borttagen', 'Removed', 12, 'date'),
    col('notes', 'Anteckningar', 'Notes', 36),
  ],
});

/**
 * The log of requests from data subjects (Arts 12, 15–22), oldest first: each with its deadline and
 * how it was met. The requester's name is in it: the log is the firm's own, kept to show how each
 * request was handled, and a request cannot be told apart from another without it.
 */
export const requestsSheet = sheet({
  key: 'requests',
  name: { sv: 'Begäranden', en: 'Requests' },
  title: { sv: 'Begäranden från registrerade (art. 12–22)', en: 'Requests from data subjects (Arts 12–22)' },
  freezeColumns: 2,
  columns: [
    col('receivedOn', 'Mottagen', 'Received', 12, 'date'),
    col('requester', 'Från', 'From', 26),
    col('right', 'Rättighet', 'Right', 30),
    col('channel', 'Kanal', 'Channel', 14),
    col('ourRole', 'Vår roll', 'Our role', 24),
    col('customer', 'Kund (personuppgiftsansvarig)', 'Customer (controller)', 28),
    col('identity', 'Identitetskontroll', 'Identity check', 36),
    col('dueOn', 'Frist', 'Deadline', 12, 'date'),
    col('extendedTo', 'Förlängd till', 'Extended to', 12, 'date'),
    col('extension', 'Förlängning: skäl och besked', 'Extension: reason and notice', 40),
    col('status', 'Status', 'Status', 22),
    col('deadline', 'Fristen', 'Deadline met', 24),
    col('forwardedOn', 'Vidarebefordrad till kunden', 'Forwarded to the customer', 12, 'date'),
    col('customerInstruction', 'Kundens instruktion', "Customer's instruction", 36),
    col('outcome', 'Utfall', 'Outcome', 30),
    col('outcomeReason', 'Skäl', 'Reason', 36),
    col('answeredOn', 'Besvarad', 'Answered', 12, 'date'),
    col('activities', 'Behandlingar', 'Processing activities', 32, 'list'),
    col('systems', 'System', 'Systems', 26, 'list'),
    col('recipientsNotice', 'Besked till mottagare (art. 19)', 'Notice to recipients (Art. 19)', 36),
  ],
});

/** The breach log (Art. 33(5)): every breach, reported or not, newest first; times in Swedish time. */
export const breachesSheet = sheet({
  key: 'breaches',
  name: { sv: 'Incidenter', en: 'Breaches' },
  title: {
    sv: 'Personuppgiftsincidenter (art. 33.5), tider i svensk tid',
    en: 'Personal data breaches (Art. 33(5)), times in Swedish time',
  },
  freezeColumns: 2,
  columns: [
    col('discoveredAt', 'Upptäckt', 'Discovered', 17),
    col('title', 'Incident', 'Breach', 34),
    col('ourRole', 'Vår roll', 'Our role', 24),
    col('types', 'Typ', 'Type', 30, 'list'),
    col('cause', 'Orsak', 'Cause', 26),
    col('description', 'Vad som hänt', 'What happened', 45),
    col('customers', 'Berörda kunder', 'Customers affected', 30, 'list'),
    col('dataSubjects', 'Kategorier av registrerade', 'Categories of data subjects', 28, 'list'),
    col('personalData', 'Kategorier av personuppgifter', 'Categories of personal data', 28, 'list'),
    col('approxSubjects', 'Registrerade (ungefär)', 'Data subjects (approx.)', 12, 'number'),
    col('approxRecords', 'Poster (ungefär)', 'Records (approx.)', 12, 'number'),
    col('consequences', 'Sannolika följder', 'Likely consequences', 36),
    col('risk', 'Risk', 'Risk', 16),
    col('riskRationale', 'Bedömning', 'Assessment', 36),
    col('imyNotifiedAt', 'Anmäld till IMY', 'Notified to IMY', 17),
    col('imyReference', 'IMY:s diarienummer', "IMY's reference", 16),
    col('imyDelayReason', 'Skäl till dröjsmål', 'Reason for delay', 36),
    col('subjectsInformed', 'Registrerade informerade', 'Data subjects informed', 30),
    col('subjectsExemption', 'Undantag från information (art. 34.3)', 'Exemption from informing (Art. 34(3))', 36),
    col('measuresTaken', 'Vidtagna åtgärder', 'Measures taken', 40),
    col('measuresPlanned', 'Planerade åtgärder', 'Measures planned', 40),
    col('closedOn', 'Avslutad', 'Closed', 12, 'date'),
  ],
});

export const SHEETS = {
  organisation: organisationSheet,
  controller: controllerSheet,
  processor: processorSheet,
  subprocessors: subprocessorsSheet,
  retention: retentionSheet,
  agreements: agreementsSheet,
  sites: sitesSheet,
  equipment: equipmentSheet,
  requests: requestsSheet,
  breaches: breachesSheet,
} as const satisfies Record<WorkbookSheet, SheetDef>;
