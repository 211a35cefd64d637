// The words of the deadlines calendar ("Lägg i kalendern"), Swedish and English: what each event
// says to do, how it is filed (categories) and what the file is called.
import type { AttentionKind } from '../../../shared/contract';
import type { Words } from '../../../shared/glossary';

type Phrases = Record<AttentionKind, (subject: string) => string>;

const sv = {
  /** The calendar's name in the calendar program. */
  calendarName: (organisation: string) => `Förteckna – ${organisation}`,
  /** An event's title: what to do, about which record. */
  summary: (action: string) => `Förteckna: ${action}`,
  /** Said of an item already past its day (it is put on the day of the export, see attention.calendar.ts). */
  overdue: (dueOn: string) => `försenat, sista dag var ${dueOn}`,
  /** What to do, by kind. */
  action: {
    'agreement.missing': (s) => `Ta fram PUB-avtal med ${s}`,
    'agreement.unsigned': (s) => `Påminn ${s} om PUB-avtalet`,
    'agreement.outOfDate': (s) => `Uppdatera PUB-avtalet med ${s}`,
    'agreement.ending': (s) => `Återlämna eller radera uppgifterna för ${s}`,
    'activity.review': (s) => `Granska behandlingen ${s}`,
    'activity.incomplete': (s) => `Komplettera behandlingen ${s}`,
    'service.incomplete': (s) => `Komplettera tjänsten ${s}`,
    'purge.due': (s) => `Gallra: ${s}`,
    'legalHold.review': (s) => `Pröva gallringsspärren för ${s}`,
    'subprocessor.transfer': (s) => `Kontrollera överföringen till ${s}`,
    'subprocessor.agreementMissing': (s) => `Teckna avtal med underbiträdet ${s}`,
    'organisation.profile': () => 'Komplettera organisationens uppgifter',
    'privacyNotice.missing': () => 'Publicera integritetspolicyn',
    'privacyNotice.stale': () => 'Uppdatera integritetspolicyn',
    'changeNotice.deadline': (s) => `Följ upp ändringsmeddelandet: ${s}`,
    'changeNotice.objection': (s) => `Hantera invändningen från ${s}`,
    'request.deadline': (s) => `Hantera begäran från en registrerad: ${s}`,
    'breach.clock': (s) => `Anmäl eller underrätta om incidenten: ${s}`,
  } satisfies Phrases as Phrases,
  /** Where the item belongs, for the calendar's categories. */
  category: {
    'agreement.missing': 'PUB-avtal',
    'agreement.unsigned': 'PUB-avtal',
    'agreement.outOfDate': 'PUB-avtal',
    'agreement.ending': 'PUB-avtal',
    'activity.review': 'Behandlingar',
    'activity.incomplete': 'Behandlingar',
    'service.incomplete': 'Tjänster',
    'purge.due': 'Gallring',
    'legalHold.review': 'Gallring',
    'subprocessor.transfer': 'Underbiträden',
    'subprocessor.agreementMissing': 'Underbiträden',
    'organisation.profile': 'Organisationen',
    'privacyNotice.missing': 'Integritetspolicy',
    'privacyNotice.stale': 'Integritetspolicy',
    'changeNotice.deadline': 'Ändringsmeddelanden',
    'changeNotice.objection': 'Ändringsmeddelanden',
    'request.deadline': 'Begäranden',
    'breach.clock': 'Incidenter',
  } satisfies Record<AttentionKind, string> as Record<AttentionKind, string>,
  // The description's lines under the item's own text.
  concerns: 'Gäller:',
  due: 'Sista dag:',
  register: 'Register:',
  howToFix: 'Öppna registret i Förteckna och gå till Översikt för att åtgärda det.',
  /** The reminder's text (shown by the calendar program a day before). */
  reminder: (summary: string) => `I morgon: ${summary}`,
  /** The file's default name (made safe for file systems when saved). */
  fileName: (organisation: string, date: string) => `Förteckna – ${organisation} – frister ${date}.ics`,
};

export const calendarWords: Words<typeof sv> = {
  sv,
  en: {
    calendarName: (organisation) => `Förteckna – ${organisation}`,
    summary: (action) => `Förteckna: ${action}`,
    overdue: (dueOn) => `overdue, was due ${dueOn}`,
    action: {
      'agreement.missing': (s) => `Draw up a data processing agreement with ${s}`,
      'agreement.unsigned': (s) => `Remind ${s} about the data processing agreement`,
      'agreement.outOfDate': (s) => `Update the data processing agreement with ${s}`,
      'agreement.ending': (s) => `Return or delete the data of ${s}`,
      'activity.review': (s) => `Review the processing activity ${s}`,
      'activity.incomplete': (s) => `Complete the processing activity ${s}`,
      'service.incomplete': (s) => `Complete the service ${s}`,
      'purge.due': (s) => `Purge: ${s}`,
      'legalHold.review': (s) => `Review the legal hold for ${s}`,
      'subprocessor.transfer': (s) => `Check the transfer to ${s}`,
      'subprocessor.agreementMissing': (s) => `Sign an agreement with the sub-processor ${s}`,
      'organisation.profile': () => "Complete the organisation's details",
      'privacyNotice.missing': () => 'Publish the privacy notice',
      'privacyNotice.stale': () => 'Update the privacy notice',
      'changeNotice.deadline': (s) => `Follow up the change notice: ${s}`,
      'changeNotice.objection': (s) => `Deal with the objection from ${s}`,
      'request.deadline': (s) => `Deal with a data subject's request: ${s}`,
      'breach.clock': (s) => `Notify about the breach: ${s}`,
    },
    category: {
      'agreement.missing': 'Data processing agreements',
      'agreement.unsigned': 'Data processing agreements',
      'agreement.outOfDate': 'Data processing agreements',
      'agreement.ending': 'Data processing agreements',
      'activity.review': 'Processing activities',
      'activity.incomplete': 'Processing activities',
      'service.incomplete': 'Services',
      'purge.due': 'Purging',
      'legalHold.review': 'Purging',
      'subprocessor.transfer': 'Sub-processors',
      'subprocessor.agreementMissing': 'Sub-processors',
      'organisation.profile': 'Organisation',
      'privacyNotice.missing': 'Privacy notice',
      'privacyNotice.stale': 'Privacy notice',
      'changeNotice.deadline': 'Change notices',
      'changeNotice.objection': 'Change notices',
      'request.deadline': 'Requests',
      'breach.clock': 'Breaches',
    },
    concerns: 'Concerns:',
    due: 'Due:',
    register: 'Register:',
    howToFix: 'Open the register in Förteckna and go to the Overview to deal with it.',
    reminder: (summary) => `Tomorrow: ${summary}`,
    fileName: (organisation, date) => `Förteckna – ${organisation} – deadlines ${date}.ics`,
  },
};
