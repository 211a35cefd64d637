// The fixed words of the PUB-avtal (parties, signatures, annexes), Swedish and English. The
// clauses themselves are data (default-clauses.ts, the register's template); the rest comes from
// the register. Roles and the title are glossary terms.
import { glossary, type Words } from '../../../shared/glossary';

const sv = {
  title: glossary.dataProcessingAgreement.sv,
  between: (customer: string, processor: string) => `Mellan ${customer} och ${processor}`,
  versionLine: (reference: string, version: number) => `Avtal ${reference} · version ${version}`,
  partiesIntro: 'Detta personuppgiftsbiträdesavtal (avtalet) har ingåtts mellan följande parter.',
  controller: glossary.controller.sv,
  processor: glossary.processor.sv,
  party: { name: 'Namn', address: 'Adress', contact: 'Kontakt i dataskyddsfrågor' },

  signatures: 'Underskrifter',
  signaturesIntro: 'Parterna undertecknar avtalet i två likalydande exemplar, ett för varje part, eller elektroniskt.',
  captions: { placeDate: 'Ort och datum', signature: 'Underskrift', name: 'Namnförtydligande', title: 'Titel' },
  forController: 'För den personuppgiftsansvarige',
  forProcessor: 'För personuppgiftsbiträdet',

  // Placeholder values
  servicesInMainAgreement: 'de tjänster som anges i huvudavtalet',
  theService: 'tjänsten',
  theServices: 'tjänsterna',
  effectiveOnSigning: 'den dag båda parter har undertecknat avtalet',

  // Bilaga 1
  instructionTitle: 'Bilaga 1 Instruktion för behandling av personuppgifter',
  noProcessing: (customer: string, onDate: string) =>
    `${customer} har per ${onDate} ingen tjänst hos personuppgiftsbiträdet som innebär behandling av personuppgifter.`,
  instructionIntro: (customer: string, onDate: string) =>
    `Bilagan är den personuppgiftsansvariges instruktion för behandlingen. Den beskriver, för varje tjänst som ${customer} har avtal om per ${onDate}, vilken behandling som utförs, varför, av vilka personuppgifter, om vilka registrerade och hur länge.`,
  factsHeader: ['Uppgift', 'Beskrivning'] satisfies [string, string],
  fact: {
    subjectMatter: 'Föremål för behandlingen',
    purpose: 'Ändamål',
    nature: 'Behandlingens art',
    processingCategories: 'Kategorier av behandling',
    personalData: 'Typ av personuppgifter',
    specialCategories: 'Känsliga personuppgifter (art. 9)',
    dataSubjects: 'Kategorier av registrerade',
    duration: 'Behandlingens varaktighet',
    retention: 'Lagringstid och gallring',
    endOfContract: 'Vid avtalets slut',
    subprocessors: 'Underbiträden',
    transfers: 'Överföring till tredjeland',
  },
  durationUntil: (start: string, end: string) => `Från ${start} till och med ${end}`,
  durationOpen: (start: string) => `Från ${start} och så länge tjänsten ingår i huvudavtalet`,
  noRetentionRule: 'Ingen gallringsregel angiven',
  seeAnnex2: 'se Bilaga 2',
  noSubprocessors: 'Inga',
  noTransfers: 'Nej',

  // Bilaga 2
  subprocessorsTitle: 'Bilaga 2 Underbiträden',
  noSubprocessorsText: 'Personuppgiftsbiträdet anlitar inga underbiträden för de tjänster som omfattas av avtalet.',
  subprocessorsIntro:
    'Personuppgiftsbiträdet anlitar följande underbiträden för de tjänster som omfattas av avtalet. Inom parentes anges de av personuppgiftsbiträdets tjänster som underbiträdet medverkar i.',
  subprocessorsHeader: [
    `Underbiträde och ${glossary.orgNr.sv.toLowerCase()}`,
    'Tjänst',
    'Land eller region',
    'Plats för behandling',
    'Stöd för överföring',
  ],

  // Bilaga 3
  securityTitle: 'Bilaga 3 Tekniska och organisatoriska säkerhetsåtgärder',
  measuresForServices:
    'Personuppgiftsbiträdet har vidtagit följande tekniska och organisatoriska åtgärder för de tjänster som omfattas av avtalet (artikel 32 i dataskyddsförordningen).',
  measuresThroughout:
    'Personuppgiftsbiträdet har vidtagit följande tekniska och organisatoriska åtgärder i hela sin verksamhet (artikel 32 i dataskyddsförordningen).',
  measuresHeader: ['Åtgärd', 'Kommentar'],
  noMeasures: 'Inga åtgärder är registrerade ännu.',
};

export const agreementWords: Words<typeof sv> = {
  sv,
  en: {
    title: glossary.dataProcessingAgreement.en,
    between: (customer, processor) => `Between ${customer} and ${processor}`,
    versionLine: (reference, version) => `Agreement ${reference} · version ${version}`,
    partiesIntro: 'This data processing agreement (the agreement) is made between the following parties.',
    controller: glossary.controller.en,
    processor: glossary.processor.en,
    party: { name: 'Name', address: 'Address', contact: 'Data protection contact' },

    signatures: 'Signatures',
    signaturesIntro: 'The parties sign this agreement in two identical copies, one for each party, or electronically.',
    captions: { placeDate: 'Place and date', signature: 'Signature', name: 'Name in print', title: 'Title' },
    forController: 'For the controller',
    forProcessor: 'For the processor',

    servicesInMainAgreement: 'the services set out in the main agreement',
    theService: 'the service',
    theServices: 'the services',
    effectiveOnSigning: 'the day both parties have signed it',

    instructionTitle: 'Annex 1 Instructions for the processing of personal data',
    noProcessing: (customer, onDate) =>
      `As of ${onDate}, ${customer} has no service from the processor that involves processing of personal data.`,
    instructionIntro: (customer, onDate) =>
      `This annex is the controller's instruction for the processing. For each service ${customer} has an agreement on as of ${onDate}, it describes what processing is carried out, why, on which personal data, about which data subjects and for how long.`,
    factsHeader: ['Item', 'Description'],
    fact: {
      subjectMatter: 'Subject matter',
      purpose: 'Purpose',
      nature: 'Nature of the processing',
      processingCategories: 'Categories of processing',
      personalData: 'Types of personal data',
      specialCategories: 'Special categories of data (Art. 9)',
      dataSubjects: 'Categories of data subjects',
      duration: 'Duration of the processing',
      retention: 'Retention',
      endOfContract: 'At the end of the contract',
      subprocessors: 'Sub-processors',
      transfers: 'Transfers to third countries',
    },
    durationUntil: (start, end) => `From ${start} up to and including ${end}`,
    durationOpen: (start) => `From ${start} for as long as the service is part of the main agreement`,
    noRetentionRule: 'No retention rule stated',
    seeAnnex2: 'see Annex 2',
    noSubprocessors: 'None',
    noTransfers: 'No',

    subprocessorsTitle: 'Annex 2 Sub-processors',
    noSubprocessorsText: 'The processor engages no sub-processors for the services covered by this agreement.',
    subprocessorsIntro:
      "The processor engages the following sub-processors for the services covered by this agreement. The processor's services that each sub-processor takes part in are given in brackets.",
    subprocessorsHeader: [
      `Sub-processor and ${glossary.orgNr.en.toLowerCase()}`,
      'Service',
      'Country or region',
      'Where processed',
      'Transfer mechanism',
    ],

    securityTitle: 'Annex 3 Technical and organisational security measures',
    measuresForServices:
      'The processor has taken the following technical and organisational measures for the services covered by this agreement (Article 32 of the General Data Protection Regulation).',
    measuresThroughout:
      'The processor has taken the following technical and organisational measures throughout its business (Article 32 of the General Data Protection Regulation).',
    measuresHeader: ['Measure', 'Details'],
    noMeasures: 'No measures are registered yet.',
  },
};
