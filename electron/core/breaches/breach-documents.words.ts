// The fixed words of the three breach documents (the notice to an affected customer, the draft for
// IMY's e-service, the notice to data subjects), Swedish and English, and how they print a moment
// (Europe/Stockholm wall clock). The breach's own texts are data: quoted as written.
import type { Words } from '../../../shared/glossary';
import type { Language } from '../../../shared/messages';
import { safeExportName } from '../files/export';

const ZONE = 'Europe/Stockholm';

function parts(iso: string, lang: Language, withTime: boolean): Record<string, string> {
  const format = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone: ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  });
  return Object.fromEntries(format.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** "14 mars 2026 kl. 09.30" / "14 March 2026, 09:30", Stockholm wall clock. */
export function wallClock(iso: string, lang: Language): string {
  const p = parts(iso, lang, true);
  return lang === 'sv' ? `${p.day} ${p.month} ${p.year} kl. ${p.hour}.${p.minute}` : `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
}

/** "14 mars 2026" / "14 March 2026" for a date (YYYY-MM-DD) or an instant. */
export function longDate(isoOrDate: string, lang: Language): string {
  // A plain date is read at noon UTC, which is the same day in Stockholm.
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDate) ? `${isoOrDate}T12:00:00Z` : isoOrDate;
  const p = parts(iso, lang, false);
  return `${p.day} ${p.month} ${p.year}`;
}

const sv = {
  notKnown: 'Inte känt ännu – vi lämnar uppgiften så snart vi vet.',
  notKnownShort: 'Inte känt ännu',
  notAssessed: 'Inte bedömt ännu',
  yes: 'Ja',
  no: 'Nej',
  none: 'Inga',
  about: (n: string) => `Cirka ${n}`,
  number: (n: number) => n.toLocaleString('sv-SE'),
  period: (from: string, to: string) => `${from} – ${to}`,
  from: (from: string) => `Från ${from}`,
  until: (to: string) => `Till ${to}`,
  attention: 'Att:',
  contactOr: 'eller',
  dpo: 'Dataskyddsombud',
  contactPoint: 'Kontaktpunkt',
  headerFact: ['Uppgift', 'Beskrivning'] satisfies [string, string],
  fact: {
    discovered: 'Vi fick kännedom om incidenten',
    occurred: 'När incidenten inträffade',
    ended: 'När incidenten upphörde',
    types: 'Typ av incident',
    cause: 'Orsak',
    subjects: 'Kategorier av registrerade',
    approxSubjects: 'Ungefärligt antal registrerade',
    data: 'Kategorier av personuppgifter',
    approxRecords: 'Ungefärligt antal poster med personuppgifter',
    special: 'Särskilda kategorier av personuppgifter (art. 9)',
    specialYes: 'Ja, särskilda kategorier av personuppgifter berörs.',
    specialNo: 'Inga särskilda kategorier har konstaterats hittills.',
    services: 'Berörda tjänster',
    sites: 'Berörda platser',
    equipment: 'Berörda enheter',
    systems: 'Berörda system',
  },
  customer: {
    documentTitle: 'Underrättelse om personuppgiftsincident',
    subject: (title: string) => `Underrättelse om personuppgiftsincident: ${title}`,
    intro: (reference: string) =>
      `Vi behandlar personuppgifter för er räkning som personuppgiftsbiträde enligt personuppgiftsbiträdesavtalet ${reference}. Enligt artikel 33.2 i dataskyddsförordningen och avtalet underrättar vi er om en personuppgiftsincident som berör personuppgifter vi behandlar för er räkning.`,
    introNoAgreement:
      'Vi behandlar personuppgifter för er räkning som personuppgiftsbiträde. Enligt artikel 33.2 i dataskyddsförordningen underrättar vi er om en personuppgiftsincident som berör personuppgifter vi behandlar för er räkning.',
    aware: (when: string) => `Vi fick kännedom om incidenten den ${when}.`,
    phases:
      'Vi lämnar här det vi vet i dag. Det som ännu inte är känt lämnar vi så snart vi vet mer, i en eller flera kompletteringar (artikel 33.4).',
    natureHeading: 'Vad som har hänt',
    yoursHeading: 'Det som berör er',
    yoursIntro: 'Hos er berör incidenten följande:',
    yoursNone:
      'Incidenten berör personuppgifter vi behandlar för er räkning. Inga enskilda tjänster, platser eller enheter hos er är angivna.',
    consequencesHeading: 'Sannolika konsekvenser',
    measuresHeading: 'Åtgärder',
    measuresTaken: 'Vidtagna åtgärder',
    measuresPlanned: 'Föreslagna och planerade åtgärder',
    contactHeading: 'Kontaktpunkt',
    contactIntro: 'Frågor om incidenten besvaras av:',
    closing:
      'Som personuppgiftsansvarig bedömer ni om incidenten ska anmälas till Integritetsskyddsmyndigheten (IMY) och om de registrerade ska informeras. Vi bistår er med de uppgifter ni behöver för det. Hör av er till kontaktpunkten ovan.',
    footer: (date: string) => `Personuppgiftsincident · ${date}`,
    description: (customer: string, title: string) => `Underrättelse till ${customer} om personuppgiftsincidenten ${title}`,
  },
  imy: {
    documentTitle: 'Underlag för anmälan till IMY',
    draftBanner: [
      'UTKAST – DETTA ÄR INTE EN ANMÄLAN.',
      'För över uppgifterna till IMY:s e-tjänst för anmälan av personuppgiftsincidenter (e-tjanster.imy.se) och skicka anmälan där. Dokumentet skickas inte till IMY.',
    ],
    title: 'Underlag för anmälan av personuppgiftsincident',
    intro: (title: string, made: string) =>
      `Incident: ${title}. Underlaget är framtaget den ${made} ur incidentloggen. Avsnitten följer ordningen i e-tjänstens formulär; stäm av varje fråga mot formuläret när ni för över svaren.`,
    header: ['Fråga i e-tjänsten', 'Svar att föra över'] satisfies [string, string],
    section: {
      organisation: 'Personuppgiftsansvarig',
      contact: 'Kontaktperson för anmälan',
      times: 'Tidpunkter',
      incident: 'Om incidenten',
      scope: 'Berörda registrerade och personuppgifter',
      consequences: 'Konsekvenser och bedömning',
      measures: 'Åtgärder',
      subjects: 'Information till de registrerade',
      other: 'Övrigt',
    },
    field: {
      name: 'Namn på den personuppgiftsansvarige',
      orgNr: 'Organisationsnummer',
      soleTrader: 'Lämnas tomt (enskild firma)',
      postalAddress: 'Postadress',
      reference: 'Ert referensnummer',
      referenceValue: (id: number) => `Incident ${id}`,
      contactName: 'Namn',
      contactEmail: 'E-post',
      contactPhone: 'Telefon',
      contactAddress: 'Adress för kontakt',
      occurred: 'När inträffade incidenten?',
      discovered: 'När upptäcktes incidenten?',
      ended: 'När upphörde incidenten?',
      notEnded: 'Inte upphört eller inte känt ännu',
      delay: 'Skäl till att anmälan görs senare än 72 timmar efter upptäckten',
      delayMissing: 'Skälen är inte angivna i incidentloggen. De ska lämnas i anmälan (artikel 33.1).',
      description: 'Vad har hänt, och hur upptäcktes incidenten?',
      types: 'Vilken typ av incident är det?',
      cause: 'Varför inträffade incidenten?',
      involved: 'Berörda system, tjänster, platser och enheter',
      subjects: 'Vilka grupper tillhör de registrerade?',
      approxSubjects: 'Ungefärligt antal registrerade',
      data: 'Vilken sorts personuppgifter har incidenten drabbat?',
      approxRecords: 'Ungefärligt antal poster med personuppgifter',
      special: 'Berörs särskilda kategorier av personuppgifter (art. 9)?',
      consequences: 'Vad kan bli konsekvenserna av incidenten?',
      risk: 'Hur allvarlig är incidenten för de registrerades integritet?',
      rationale: 'Motivering av bedömningen',
      measuresTaken: 'Hur har ni agerat efter incidenten? Vidtagna åtgärder',
      measuresPlanned: 'Åtgärder ni avser att vidta',
      informedAt: 'När informerade ni de registrerade?',
      informedHow: 'Hur informerades de registrerade?',
      willInform: 'När kommer ni att informera de registrerade?',
      willInformValue: 'Hög risk: de registrerade ska informeras utan onödigt dröjsmål (artikel 34). Datum är inte bestämt.',
      notInform: 'Varför kommer ni inte att informera de registrerade?',
      notRequired: 'Risken är inte bedömd som hög, så det finns ingen skyldighet att informera (artikel 34.1).',
      undecided: 'Inte bestämt ännu – risken är inte bedömd.',
      otherReports: 'Anmälningar till andra myndigheter (t.ex. polisen, CERT-SE)',
      report: (authority: string, at: string, reference: string) => `${authority}, ${at}${reference ? `, ärende ${reference}` : ''}`,
      supplements: 'Kompletteringar hittills',
      imyNotified: 'Tidigare anmälan till IMY',
      imyNotifiedValue: (at: string, reference: string) => `Anmäld ${at}${reference ? `, IMY:s diarienummer ${reference}` : ''}`,
      dpoConsulted: 'Dataskyddsombudet har rådfrågats',
    },
    footer: (date: string) => `Utkast till IMY:s e-tjänst · ${date}`,
    description: (title: string) => `Utkast att föra över till IMY:s e-tjänst: ${title}`,
  },
  subject: {
    documentTitle: 'Information om personuppgiftsincident',
    title: 'Information om en personuppgiftsincident som rör dig',
    intro: (org: string) =>
      `Vi på ${org} vill berätta att en incident har drabbat personuppgifter om dig. Här förklarar vi vad som har hänt, vad det kan innebära för dig, vad vi har gjort och vad du själv kan göra.`,
    happenedHeading: 'Vad har hänt?',
    happened: (when: string) => `Vi upptäckte incidenten den ${when}.`,
    dataAbout: (data: string) => `Det gäller uppgifter om dig av det här slaget: ${data}.`,
    consequencesHeading: 'Vad kan det innebära för dig?',
    measuresHeading: 'Vad har vi gjort?',
    measuresPlanned: 'Det här kommer vi också att göra:',
    adviceHeading: 'Vad kan du göra?',
    adviceConfidentiality:
      'Var uppmärksam på e-post, sms och samtal som ber dig lämna uppgifter, klicka på länkar eller betala något, även om de ser ut att komma från oss eller någon du känner.',
    advicePasswords: 'Om du använder samma lösenord hos oss som på andra ställen: byt det där också.',
    adviceContact: 'Kontakta oss om du har frågor eller tror att dina uppgifter har missbrukats.',
    adviceComplaint:
      'Du har rätt att lämna klagomål till Integritetsskyddsmyndigheten (IMY) om du anser att vi har behandlat dina personuppgifter fel: www.imy.se.',
    contactHeading: 'Kontakt',
    contactIntro: 'Du når oss här:',
    footer: (date: string) => `Information om personuppgiftsincident · ${date}`,
    description: (title: string) => `Information till de registrerade om personuppgiftsincidenten ${title}`,
  },
};

export const breachDocumentWords: Words<typeof sv> = {
  sv,
  en: {
    notKnown: 'Not known yet – we will provide it as soon as we know.',
    notKnownShort: 'Not known yet',
    notAssessed: 'Not assessed yet',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    about: (n) => `About ${n}`,
    number: (n) => n.toLocaleString('en-GB'),
    period: (from, to) => `${from} – ${to}`,
    from: (from) => `From ${from}`,
    until: (to) => `Until ${to}`,
    attention: 'Attn:',
    contactOr: 'or',
    dpo: 'Data protection officer',
    contactPoint: 'Contact point',
    headerFact: ['Item', 'Details'],
    fact: {
      discovered: 'We became aware of the breach',
      occurred: 'When the breach occurred',
      ended: 'When the breach ended',
      types: 'Type of breach',
      cause: 'Cause',
      subjects: 'Categories of data subjects',
      approxSubjects: 'Approximate number of data subjects',
      data: 'Categories of personal data',
      approxRecords: 'Approximate number of personal data records',
      special: 'Special categories of personal data (Art. 9)',
      specialYes: 'Yes, special categories of personal data are concerned.',
      specialNo: 'No special categories have been found so far.',
      services: 'Services concerned',
      sites: 'Sites concerned',
      equipment: 'Devices concerned',
      systems: 'Systems concerned',
    },
    customer: {
      documentTitle: 'Notice of a personal data breach',
      subject: (title) => `Notice of a personal data breach: ${title}`,
      intro: (reference) =>
        `We process personal data on your behalf as processor under the data processing agreement ${reference}. Under Article 33(2) of the GDPR and the agreement, we notify you of a personal data breach concerning personal data we process on your behalf.`,
      introNoAgreement:
        'We process personal data on your behalf as processor. Under Article 33(2) of the GDPR, we notify you of a personal data breach concerning personal data we process on your behalf.',
      aware: (when) => `We became aware of the breach on ${when}.`,
      phases:
        'This notice gives what we know today. What is not known yet we will provide as soon as we know more, in one or more follow-ups (Article 33(4)).',
      natureHeading: 'What has happened',
      yoursHeading: 'What concerns you',
      yoursIntro: 'At your organisation, the breach concerns the following:',
      yoursNone:
        'The breach concerns personal data we process on your behalf. No particular services, sites or devices of yours are recorded.',
      consequencesHeading: 'Likely consequences',
      measuresHeading: 'Measures',
      measuresTaken: 'Measures taken',
      measuresPlanned: 'Measures proposed and planned',
      contactHeading: 'Contact point',
      contactIntro: 'Questions about the breach are answered by:',
      closing:
        'As controller, you assess whether the breach is to be notified to the supervisory authority and whether the data subjects are to be informed. We will assist you with the information you need for that. Please contact the contact point above.',
      footer: (date) => `Personal data breach · ${date}`,
      description: (customer, title) => `Notice to ${customer} of the personal data breach ${title}`,
    },
    imy: {
      documentTitle: 'Draft of the notification to IMY',
      draftBanner: [
        'DRAFT – THIS IS NOT A NOTIFICATION.',
        'Transfer the answers into IMY’s e-service for personal data breach notifications (e-tjanster.imy.se) and submit the notification there. This document is not sent to IMY.',
      ],
      title: 'Draft of a personal data breach notification',
      intro: (title, made) =>
        `Breach: ${title}. This draft was made on ${made} from the breach log. The sections follow the order of the e-service form; check each question against the form as you transfer the answers.`,
      header: ['Question in the e-service', 'Answer to transfer'],
      section: {
        organisation: 'Controller',
        contact: 'Contact person for the notification',
        times: 'Times',
        incident: 'About the breach',
        scope: 'Data subjects and personal data concerned',
        consequences: 'Consequences and assessment',
        measures: 'Measures',
        subjects: 'Informing the data subjects',
        other: 'Other',
      },
      field: {
        name: 'Name of the controller',
        orgNr: 'Company registration number',
        soleTrader: 'Left empty (sole trader)',
        postalAddress: 'Postal address',
        reference: 'Your reference number',
        referenceValue: (id) => `Breach ${id}`,
        contactName: 'Name',
        contactEmail: 'E-mail',
        contactPhone: 'Phone',
        contactAddress: 'Address for contact',
        occurred: 'When did the breach occur?',
        discovered: 'When was the breach discovered?',
        ended: 'When did the breach cease?',
        notEnded: 'Not ceased or not known yet',
        delay: 'Reasons why the notification is made later than 72 hours after discovery',
        delayMissing: 'The reasons are not recorded in the breach log. They must be given in the notification (Article 33(1)).',
        description: 'What has happened, and how was the breach discovered?',
        types: 'What type of breach is it?',
        cause: 'Why did the breach occur?',
        involved: 'Systems, services, sites and devices concerned',
        subjects: 'Which categories of data subjects are concerned?',
        approxSubjects: 'Approximate number of data subjects',
        data: 'What categories of personal data have been affected?',
        approxRecords: 'Approximate number of personal data records',
        special: 'Are special categories of personal data (Art. 9) concerned?',
        consequences: 'What may be the consequences of the breach?',
        risk: 'How serious is the breach for the data subjects’ privacy?',
        rationale: 'Reasons for the assessment',
        measuresTaken: 'How have you acted after the breach? Measures taken',
        measuresPlanned: 'Measures you intend to take',
        informedAt: 'When did you inform the data subjects?',
        informedHow: 'How were the data subjects informed?',
        willInform: 'When will you inform the data subjects?',
        willInformValue: 'High risk: the data subjects are to be informed without undue delay (Article 34). No date is set.',
        notInform: 'On what grounds are you not going to inform the data subjects?',
        notRequired: 'The risk is not assessed as high, so there is no duty to inform (Article 34(1)).',
        undecided: 'Not decided yet – the risk has not been assessed.',
        otherReports: 'Reports to other authorities (e.g. the police, CERT-SE)',
        report: (authority, at, reference) => `${authority}, ${at}${reference ? `, reference ${reference}` : ''}`,
        supplements: 'Supplements so far',
        imyNotified: 'Earlier notification to IMY',
        imyNotifiedValue: (at, reference) => `Notified on ${at}${reference ? `, IMY reference ${reference}` : ''}`,
        dpoConsulted: 'The data protection officer was consulted',
      },
      footer: (date) => `Draft for IMY’s e-service · ${date}`,
      description: (title) => `Draft to transfer into IMY’s e-service: ${title}`,
    },
    subject: {
      documentTitle: 'Information about a personal data breach',
      title: 'Information about a personal data breach that concerns you',
      intro: (org) =>
        `We at ${org} want to let you know that an incident has affected personal data about you. Here we explain what has happened, what it may mean for you, what we have done and what you can do yourself.`,
      happenedHeading: 'What has happened?',
      happened: (when) => `We discovered the breach on ${when}.`,
      dataAbout: (data) => `It concerns data about you of this kind: ${data}.`,
      consequencesHeading: 'What may it mean for you?',
      measuresHeading: 'What have we done?',
      measuresPlanned: 'We will also do the following:',
      adviceHeading: 'What can you do?',
      adviceConfidentiality:
        'Be careful with e-mails, text messages and calls that ask you to give details, click links or pay something, even if they seem to come from us or someone you know.',
      advicePasswords: 'If you use the same password with us as elsewhere, change it there too.',
      adviceContact: 'Contact us if you have questions or believe your data has been misused.',
      adviceComplaint:
        'You have the right to lodge a complaint with the Swedish Authority for Privacy Protection (IMY) if you believe we have processed your personal data wrongly: www.imy.se.',
      contactHeading: 'Contact',
      contactIntro: 'You can reach us here:',
      footer: (date) => `Information about a personal data breach · ${date}`,
      description: (title) => `Information to the data subjects about the personal data breach ${title}`,
    },
  },
};

// File names stay Swedish whatever the document's language, like the agreements' and letters'.
const shortName = (name: string) => [...name.trim()].slice(0, 80).join('');

/** "Incidentunderrättelse Kund AB 2026-11-22.docx". */
export const customerNoticeFileName = (customerName: string, date: string) =>
  safeExportName(`Incidentunderrättelse ${shortName(customerName)} ${date}.docx`);
/** "Utkast IMY-anmälan Stulen dator 2026-11-22.docx". */
export const imyDraftFileName = (title: string, date: string) => safeExportName(`Utkast IMY-anmälan ${shortName(title)} ${date}.docx`);
/** "Information till registrerade Stulen dator 2026-11-22.docx". */
export const subjectNoticeFileName = (title: string, date: string) =>
  safeExportName(`Information till registrerade ${shortName(title)} ${date}.docx`);
/** The folder the customer notices go into when none is given. */
export const customerNoticesFolderName = (title: string, date: string) =>
  safeExportName(`Incidentunderrättelser ${shortName(title)} ${date}`);
