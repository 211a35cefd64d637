// The fixed words of the privacy notice, Swedish and English, written for this project in plain
// language. The register fills in everything else.
import type { DataSource, LegalBasis, PnrJustification } from '../../../shared/domain/enums';
import type { Words } from '../../../shared/glossary';

/** The supervisory authority's contact details: the same in both languages. */
export const IMY = {
  address: 'Box 8114, 104 20 Stockholm',
  email: 'imy@imy.se',
  phone: '08-657 61 00',
  web: 'www.imy.se',
};

const sv = {
  title: 'Integritetspolicy',
  /** The last joiner of a list whose items have an "och" of their own: "A, B och C samt D". */
  andAlso: 'samt',
  subtitleVersion: (today: string, version: string, validFrom: string | null) =>
    `Version ${today}${validFrom ? ` · gäller från ${validFrom}` : ''} · registerversion ${version}`,
  footer: (today: string, version: string) => `Integritetspolicy ${today} · registerversion ${version}`,

  // 1. Introduction
  introTitle: 'Inledning',
  intro: (org: string) =>
    `I den här integritetspolicyn förklarar ${org} vilka personuppgifter vi behandlar, varför vi gör det, hur länge vi sparar dem och vilka rättigheter du har.`,

  // 2. Who is responsible
  responsibleTitle: 'Vem är ansvarig för dina personuppgifter?',
  /** `idLabel` is the glossary's "organisationsnummer" or "personnummer", already lower-case. */
  controllerStatement: (org: string, idLabel: string, id: string) =>
    `${org}${id ? ` (${idLabel} ${id})` : ''} är personuppgiftsansvarig för den behandling av personuppgifter som beskrivs här.`,
  address: 'Adress:',
  email: 'E-post:',
  phone: 'Telefon:',
  website: 'Webbplats:',
  dpo: 'Dataskyddsombud:',

  // 3. What data, about whom, from where
  dataTitle: 'Vilka personuppgifter behandlar vi, om vem och varifrån?',
  otherSubjects: 'Övriga registrerade',
  noData: 'Vi behandlar för närvarande inga personuppgifter i egen regi som beskrivs här.',
  dataDepends: 'Vilka uppgifter vi behandlar beror på din relation till oss.',
  data: 'Uppgifter:',
  dataNeeded: 'Uppgifter som behövs för ändamålen nedan.',
  source: 'Varifrån:',
  /** The activities' headings under the purposes, quoted: they are names, not prose. */
  purposesOf: 'Ändamål:',
  seeBelow: (headings: string) => `se ${headings} nedan.`,
  quote: (name: string) => `”${name}”`,
  specialCategories: 'Känsliga uppgifter:',
  personnummer: 'Personnummer:',
  /** The recorded justification (dataskyddslagen 3 kap. 10 §) as a sentence. */
  personnummerBecause: {
    consent: 'Vi behandlar personnummer med ditt samtycke.',
    clearly_justified_purpose:
      'Vi behandlar personnummer när det är klart motiverat med hänsyn till ändamålet (3 kap. 10 § dataskyddslagen).',
    clearly_justified_secure_id:
      'Vi behandlar personnummer när det är klart motiverat med hänsyn till vikten av en säker identifiering (3 kap. 10 § dataskyddslagen).',
    clearly_justified_other_reason:
      'Vi behandlar personnummer när det är klart motiverat av ett annat beaktansvärt skäl (3 kap. 10 § dataskyddslagen).',
    specific_statute: 'Vi behandlar personnummer när en särskild lag medger det.',
  } satisfies Record<PnrJustification, string>,

  // 4. Purposes and legal bases
  purposesTitle: 'Varför behandlar vi uppgifterna och med vilket stöd?',
  legalBasis: 'Rättslig grund:',
  /** A basis and what it covers: "samtycke (art. 6.1 a) för trafikdata". */
  basisFor: (basis: string, scope: string) => `${basis} för ${scope}`,
  ourInterest: 'Vårt berättigade intresse:',
  noPurposes: 'Inga ändamål är registrerade ännu.',
  basesMeaning: 'Vad de rättsliga grunderna betyder',
  /** One sentence per legal basis: what it means for the reader. */
  legalBasisExplained: {
    consent: 'Du har sagt ja till behandlingen. Du kan när som helst ta tillbaka ditt samtycke.',
    contract:
      'Uppgifterna behövs för att vi ska kunna ingå eller fullgöra ett avtal med dig, eller göra det du bett om innan ett avtal ingås.',
    legal_obligation: 'En lag kräver att vi behandlar uppgifterna.',
    vital_interests: 'Behandlingen behövs för att skydda någons liv eller hälsa.',
    public_task: 'Behandlingen behövs för en uppgift av allmänt intresse eller för myndighetsutövning.',
    legitimate_interests:
      'Vi har ett berättigat intresse av behandlingen och har bedömt att det väger tyngre än ditt intresse av att uppgifterna inte behandlas. Du kan invända mot sådan behandling.',
  } satisfies Record<LegalBasis, string>,
  /** Where the data comes from, as a phrase that fits after "Uppgifterna kommer". */
  sourcePhrase: {
    data_subject: 'från dig själv',
    customer_controller: 'från våra kunder',
    employer_of_subject: 'från din arbetsgivare',
    public_register: 'från offentliga register',
    generated_by_system: 'från våra system, som skapar dem när du använder våra tjänster',
    third_party: 'från andra',
  } satisfies Record<DataSource, string>,
  rights: [
    {
      title: 'Rätt till tillgång.',
      text: 'Du har rätt att få veta om vi behandlar uppgifter om dig, och i så fall få en kopia av dem (registerutdrag).',
    },
    { title: 'Rätt till rättelse.', text: 'Du kan be oss rätta felaktiga uppgifter och komplettera ofullständiga.' },
    {
      title: 'Rätt till radering.',
      text: 'Du kan be oss radera uppgifter om dig, till exempel när de inte längre behövs. Uppgifter som vi enligt lag måste spara raderar vi när skyldigheten upphör.',
    },
    {
      title: 'Rätt till begränsning.',
      text: 'Du kan be oss att bara spara uppgifterna och inte använda dem under en tid, till exempel medan vi utreder om de är riktiga.',
    },
  ],
  /** Only when a purpose rests on consent or a contract (art. 20). */
  portability: {
    title: 'Rätt till dataportabilitet.',
    text: 'När behandlingen grundar sig på samtycke eller avtal och sker automatiserat kan du få ut de uppgifter du själv lämnat i ett maskinläsbart format och föra över dem till någon annan.',
  },
  /** Art. 21. */
  objection: {
    title: 'Rätt att invända.',
    text: 'Du kan invända mot behandling som grundar sig på ett berättigat intresse eller en uppgift av allmänt intresse. Då slutar vi, om vi inte kan visa tvingande berättigade skäl som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk. Mot direktmarknadsföring kan du alltid invända, och då slutar vi.',
  },
  /** Only when a purpose rests on consent. */
  withdrawConsent: {
    title: 'Rätt att återkalla samtycke.',
    text: 'När behandlingen grundar sig på ditt samtycke kan du när som helst ta tillbaka det. Det påverkar inte behandling som redan skett.',
  },

  // 5. Website and cookies
  websiteTitle: 'Webbplats och kakor (cookies)',
  /** Without a cookie answer the section says nothing about cookies, its title neither. */
  websiteOnlyTitle: 'Vår webbplats',
  ourWebsite: (website: string) => (website ? `vår webbplats ${website}` : 'vår webbplats'),
  visit: (site: string, data: string) => `När du besöker ${site} behandlar vi uppgifter om besöket${data ? `: ${data}` : ''}.`,
  cookiesNecessaryOnly:
    'Webbplatsen använder inga andra kakor (cookies) än de som behövs för att den ska fungera. Sådana kakor kräver inte ditt samtycke.',
  cookiesIntro: 'Webbplatsen använder kakor (cookies), små textfiler som sparas i din webbläsare:',
  cookieHeader: ['Kaka', 'Från', 'Syfte', 'Lagringstid', 'Kräver samtycke'],
  yes: 'Ja',
  no: 'Nej',
  cookiesConsent:
    'Kakor som kräver samtycke använder vi bara om du har sagt ja till dem. Du kan när som helst ta tillbaka ditt samtycke och radera kakor i webbläsarens inställningar.',
  cookiesAllNecessary: 'Alla dessa kakor behövs för att webbplatsen ska fungera och kräver inte ditt samtycke.',

  // 6. Recipients, processors and transfers
  recipientsTitle: 'Vilka delar vi uppgifterna med?',
  internal: 'Inom vår organisation:',
  external: 'Andra mottagare:',
  disclosedTo: (recipients: string) => `Vi lämnar ut uppgifter när det behövs för ändamålen eller när lag kräver det, till ${recipients}.`,
  suppliersTitle: 'Leverantörer som behandlar uppgifter åt oss',
  suppliersText:
    'Vi anlitar leverantörer (personuppgiftsbiträden) som behandlar uppgifter för vår räkning och bara enligt våra instruktioner.',
  /** Only when every listed supplier has a recorded agreement. */
  suppliersAgreements: 'Vi har personuppgiftsbiträdesavtal med dem.',
  noDisclosure: 'Vi lämnar inte ut dina personuppgifter till någon annan.',
  transfersTitle: 'Överföring till länder utanför EU/EES',
  transfersText:
    'Vissa uppgifter behandlas i länder utanför EU/EES. Vi för bara över uppgifter när det finns ett skydd som lagen godkänner:',
  noTransfers: 'Vi för inte över dina personuppgifter till länder utanför EU/EES.',

  // 7. Retention
  retentionTitle: 'Hur länge sparar vi uppgifterna?',
  retentionIntro: 'Vi sparar inte uppgifter längre än vi behöver dem. Så här länge sparas de:',
  retentionHeader: ['Typ', 'Lagringsplats', 'Syfte', 'Utrensningspolicy'],
  retentionGeneral: 'Vi sparar inte uppgifter längre än vi behöver dem för ändamålen ovan.',

  // 8. Security
  securityTitle: 'Hur skyddar vi uppgifterna?',
  securityText: 'Vi skyddar dina uppgifter med bland annat de här tekniska och organisatoriska säkerhetsåtgärderna:',

  // 9. Processor role
  processorTitle: 'När vi behandlar uppgifter åt våra kunder',
  processorText:
    'När vi levererar tjänster till våra kunder behandlar vi ibland personuppgifter för kundens räkning. Då är kunden personuppgiftsansvarig och vi personuppgiftsbiträde. Den behandlingen styrs av ett personuppgiftsbiträdesavtal (PUB-avtal) med kunden och beskrivs inte här. Vill du utöva dina rättigheter för sådana uppgifter, vänd dig i första hand till den organisation som ansvarar för dem.',

  // 10. Rights
  rightsTitle: 'Dina rättigheter',
  rightsIntro: 'Du har flera rättigheter när det gäller dina personuppgifter:',
  howTo: 'Så gör du:',
  byEmail: (email: string) => `via e-post till ${email}`,
  byPhone: (phone: string) => `på telefon ${phone}`,
  byLetter: (name: string, address: string) => `med brev till ${name}, ${address}`,
  /** Only with at least one way to reach us. */
  howToText: (ways: string) => `Kontakta oss ${ways}.`,
  answerText:
    'Vi svarar utan onödigt dröjsmål och senast inom en månad. Om begäran är omfattande eller om vi får många begäranden kan tiden förlängas med ytterligare två månader; då berättar vi det inom den första månaden. Det kostar ingenting. Vi kan behöva be dig styrka din identitet.',

  // 11. Complaints
  complaintTitle: 'Rätt att klaga till Integritetsskyddsmyndigheten',
  complaintText: `Om du tycker att vi behandlar dina personuppgifter felaktigt kan du lämna ett klagomål till Integritetsskyddsmyndigheten (IMY). Hör gärna av dig till oss först, så försöker vi lösa det.`,
  postalAddress: 'Postadress:',
  imyPhone: IMY.phone,

  // 13. This version
  versionTitle: 'Om den här versionen',
  versionText: (today: string, version: string, validFrom: string | null) =>
    `Den här versionen av integritetspolicyn är daterad ${today}${validFrom ? ` och gäller från ${validFrom}` : ''}. Den bygger på vårt register över behandlingar i version ${version}.`,
};

export const privacyNoticeWords: Words<typeof sv> = {
  sv,
  en: {
    title: 'Privacy notice',
    andAlso: 'as well as',
    subtitleVersion: (today, version, validFrom) =>
      `Version ${today}${validFrom ? ` · valid from ${validFrom}` : ''} · register version ${version}`,
    footer: (today, version) => `Privacy notice ${today} · register version ${version}`,

    introTitle: 'Introduction',
    intro: (org) =>
      `In this privacy notice, ${org} explains which personal data we process, why we do it, how long we keep it and what rights you have.`,

    responsibleTitle: 'Who is responsible for your personal data?',
    controllerStatement: (org, idLabel, id) =>
      `${org}${id ? ` (${idLabel} ${id})` : ''} is the controller of the processing of personal data described here.`,
    address: 'Address:',
    email: 'E-mail:',
    phone: 'Phone:',
    website: 'Website:',
    dpo: 'Data protection officer:',

    dataTitle: 'What personal data do we process, about whom and from where?',
    otherSubjects: 'Other data subjects',
    noData: 'We currently do not process any personal data as controller that is described here.',
    dataDepends: 'Which data we process depends on your relationship with us.',
    data: 'Data:',
    dataNeeded: 'Data needed for the purposes below.',
    source: 'Source:',
    purposesOf: 'Purposes:',
    seeBelow: (headings) => `see ${headings} below.`,
    quote: (name) => `“${name}”`,
    specialCategories: 'Special categories:',
    personnummer: 'Personal identity number:',
    personnummerBecause: {
      consent: 'We process personal identity numbers with your consent.',
      clearly_justified_purpose:
        'We process personal identity numbers when this is clearly justified by the purpose (Swedish Data Protection Act, chapter 3, section 10).',
      clearly_justified_secure_id:
        'We process personal identity numbers when this is clearly justified by the importance of secure identification (Swedish Data Protection Act, chapter 3, section 10).',
      clearly_justified_other_reason:
        'We process personal identity numbers when this is clearly justified by another significant reason (Swedish Data Protection Act, chapter 3, section 10).',
      specific_statute: 'We process personal identity numbers when a specific statute allows it.',
    },

    purposesTitle: 'Why do we process the data, and on what legal basis?',
    legalBasis: 'Legal basis:',
    basisFor: (basis, scope) => `${basis} for ${scope}`,
    ourInterest: 'Our legitimate interest:',
    noPurposes: 'No purposes are registered yet.',
    basesMeaning: 'What the legal bases mean',
    legalBasisExplained: {
      consent: 'You have agreed to the processing. You can withdraw your consent at any time.',
      contract:
        'We need the data to enter into or perform a contract with you, or to do what you have asked for before a contract is made.',
      legal_obligation: 'The law requires us to process the data.',
      vital_interests: "The processing is needed to protect someone's life or health.",
      public_task: 'The processing is needed for a task in the public interest or in the exercise of official authority.',
      legitimate_interests:
        'We have a legitimate interest in the processing and have assessed that it outweighs your interest in the data not being processed. You can object to such processing.',
    },
    sourcePhrase: {
      data_subject: 'from you',
      customer_controller: 'from our customers',
      employer_of_subject: 'from your employer',
      public_register: 'from public registers',
      generated_by_system: 'from our systems, which create them when you use our services',
      third_party: 'from other parties',
    },
    rights: [
      { title: 'Right of access.', text: 'You have the right to know whether we process data about you and, if so, to get a copy of it.' },
      { title: 'Right to rectification.', text: 'You can ask us to correct inaccurate data and complete incomplete data.' },
      {
        title: 'Right to erasure.',
        text: 'You can ask us to erase data about you, for example when it is no longer needed. Data that the law requires us to keep is erased when that duty ends.',
      },
      {
        title: 'Right to restriction.',
        text: 'You can ask us to only store the data and not use it for a while, for example while we check whether it is correct.',
      },
    ],
    portability: {
      title: 'Right to data portability.',
      text: 'When the processing is based on consent or a contract and is carried out by automated means, you can get the data you gave us in a machine-readable format and move it to someone else.',
    },
    objection: {
      title: 'Right to object.',
      text: 'You can object to processing based on a legitimate interest or on a task in the public interest. We then stop, unless we can show compelling legitimate grounds that override your interests, rights and freedoms, or the processing is needed to establish, exercise or defend legal claims. You can always object to direct marketing, and we then stop.',
    },
    withdrawConsent: {
      title: 'Right to withdraw consent.',
      text: 'When the processing is based on your consent, you can withdraw it at any time. This does not affect processing that has already taken place.',
    },

    websiteTitle: 'Website and cookies',
    websiteOnlyTitle: 'Our website',
    ourWebsite: (website) => (website ? `our website ${website}` : 'our website'),
    visit: (site, data) => `When you visit ${site}, we process data about your visit${data ? `: ${data}` : ''}.`,
    cookiesNecessaryOnly: 'The website uses no cookies other than those it needs in order to work. Such cookies do not need your consent.',
    cookiesIntro: 'The website uses cookies, small text files stored in your browser:',
    cookieHeader: ['Cookie', 'Set by', 'Purpose', 'Kept for', 'Needs consent'],
    yes: 'Yes',
    no: 'No',
    cookiesConsent:
      'We only use cookies that need consent if you have agreed to them. You can withdraw your consent at any time and delete cookies in your browser settings.',
    cookiesAllNecessary: 'All of these cookies are needed for the website to work and do not need your consent.',

    recipientsTitle: 'Who do we share the data with?',
    internal: 'Within our organisation:',
    external: 'Other recipients:',
    disclosedTo: (recipients) => `We disclose data when needed for the purposes or required by law, to ${recipients}.`,
    suppliersTitle: 'Suppliers that process data for us',
    suppliersText: 'We use suppliers (processors) that process data on our behalf and only on our instructions.',
    suppliersAgreements: 'We have data processing agreements with them.',
    noDisclosure: 'We do not disclose your personal data to anyone else.',
    transfersTitle: 'Transfers outside the EU/EEA',
    transfersText:
      'Some data is processed in countries outside the EU/EEA. We only transfer data when there is a safeguard the law accepts:',
    noTransfers: 'We do not transfer your personal data to countries outside the EU/EEA.',

    retentionTitle: 'How long do we keep the data?',
    retentionIntro: 'We do not keep data longer than we need it. This is how long we keep it:',
    retentionHeader: ['Type', 'Storage location', 'Purpose', 'Retention'],
    retentionGeneral: 'We do not keep data longer than we need it for the purposes above.',

    securityTitle: 'How do we protect the data?',
    securityText: 'We protect your data with technical and organisational security measures, among them these:',

    processorTitle: 'When we process data for our customers',
    processorText:
      'When we deliver services to our customers, we sometimes process personal data on behalf of a customer. The customer is then the controller and we are its processor. That processing is governed by a data processing agreement (PUB-avtal) with the customer and is not described here. To use your rights for such data, please contact the organisation responsible for it first.',

    rightsTitle: 'Your rights',
    rightsIntro: 'You have several rights regarding your personal data:',
    howTo: 'How to use them:',
    byEmail: (email) => `by e-mail at ${email}`,
    byPhone: (phone) => `by phone on ${phone}`,
    byLetter: (name, address) => `by letter to ${name}, ${address}`,
    howToText: (ways) => `Contact us ${ways}.`,
    answerText:
      'We answer without undue delay and at the latest within one month. If the request is complex or we receive many requests, the time can be extended by two further months; we then tell you so within the first month. It is free of charge. We may need to ask you to confirm your identity.',

    complaintTitle: 'Right to complain to the supervisory authority',
    complaintText:
      'If you think that we process your personal data incorrectly, you can complain to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY). Please contact us first, and we will try to resolve it.',
    postalAddress: 'Postal address:',
    imyPhone: `${IMY.phone} (+46 8 657 61 00)`,

    versionTitle: 'About this version',
    versionText: (today, version, validFrom) =>
      `This version of the privacy notice is dated ${today}${validFrom ? ` and is valid from ${validFrom}` : ''}. It is based on our record of processing activities in version ${version}.`,
  },
};
