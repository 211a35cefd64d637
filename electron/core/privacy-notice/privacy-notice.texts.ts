// The fixed words of the privacy notice, Swedish and English, written for this project in plain
// language. The register fills in everything else.
import type { DataSource, LegalBasis } from '../../../shared/domain/enums';
import type { Label } from '../../../shared/domain/labels';

export const IMY = {
  name: {
    sv: 'Integritetsskyddsmyndigheten (IMY)',
    en: 'the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)',
  },
  address: 'Box 8114, 104 20 Stockholm',
  email: 'imy@imy.se',
  phone: '08-657 61 00',
  web: 'www.imy.se',
} as const;

/** One sentence per legal basis: what it means for the reader. */
export const LEGAL_BASIS_EXPLAINED: Record<LegalBasis, Label> = {
  consent: {
    sv: 'Du har sagt ja till behandlingen. Du kan när som helst ta tillbaka ditt samtycke.',
    en: 'You have agreed to the processing. You can withdraw your consent at any time.',
  },
  contract: {
    sv: 'Uppgifterna behövs för att vi ska kunna ingå eller fullgöra ett avtal med dig, eller göra det du bett om innan ett avtal ingås.',
    en: 'We need the data to enter into or perform a contract with you, or to do what you have asked for before a contract is made.',
  },
  legal_obligation: {
    sv: 'En lag kräver att vi behandlar uppgifterna, till exempel bokföringslagen eller skattereglerna.',
    en: 'The law requires us to process the data, for example the Swedish Accounting Act or tax rules.',
  },
  vital_interests: {
    sv: 'Behandlingen behövs för att skydda någons liv eller hälsa.',
    en: "The processing is needed to protect someone's life or health.",
  },
  public_task: {
    sv: 'Behandlingen behövs för en uppgift av allmänt intresse eller för myndighetsutövning.',
    en: 'The processing is needed for a task in the public interest or in the exercise of official authority.',
  },
  legitimate_interests: {
    sv: 'Vi har ett berättigat intresse av behandlingen och har bedömt att det väger tyngre än ditt intresse av att uppgifterna inte behandlas. Du kan invända mot sådan behandling.',
    en: 'We have a legitimate interest in the processing and have assessed that it outweighs your interest in the data not being processed. You can object to such processing.',
  },
};

/** Where the data comes from, as a phrase that fits after "Uppgifterna kommer". */
export const SOURCE_PHRASE: Record<DataSource, Label> = {
  data_subject: { sv: 'från dig själv', en: 'from you' },
  customer_controller: { sv: 'från våra kunder', en: 'from our customers' },
  employer_of_subject: { sv: 'från din arbetsgivare', en: 'from your employer' },
  public_register: {
    sv: 'från offentliga register (t.ex. SPAR och Bolagsverket)',
    en: 'from public registers (e.g. SPAR and the Companies Registration Office)',
  },
  generated_by_system: {
    sv: 'från våra system, som skapar dem när du använder våra tjänster',
    en: 'from our systems, which create them when you use our services',
  },
  third_party: { sv: 'från andra', en: 'from other parties' },
};

export const RIGHTS: { title: Label; text: Label }[] = [
  {
    title: { sv: 'Rätt till tillgång.', en: 'Right of access.' },
    text: {
      sv: 'Du har rätt att få veta om vi behandlar uppgifter om dig, och i så fall få en kopia av dem (registerutdrag).',
      en: 'You have the right to know whether we process data about you and, if so, to get a copy of it.',
    },
  },
  {
    title: { sv: 'Rätt till rättelse.', en: 'Right to rectification.' },
    text: {
      sv: 'Du kan be oss rätta felaktiga uppgifter och komplettera ofullständiga.',
      en: 'You can ask us to correct inaccurate data and complete incomplete data.',
    },
  },
  {
    title: { sv: 'Rätt till radering.', en: 'Right to erasure.' },
    text: {
      sv: 'Du kan be oss radera uppgifter om dig, till exempel när de inte längre behövs. Uppgifter som vi enligt lag måste spara raderar vi när skyldigheten upphör.',
      en: 'You can ask us to erase data about you, for example when it is no longer needed. Data that the law requires us to keep is erased when that duty ends.',
    },
  },
  {
    title: { sv: 'Rätt till begränsning.', en: 'Right to restriction.' },
    text: {
      sv: 'Du kan be oss att bara spara uppgifterna och inte använda dem under en tid, till exempel medan vi utreder om de är riktiga.',
      en: 'You can ask us to only store the data and not use it for a while, for example while we check whether it is correct.',
    },
  },
  {
    title: { sv: 'Rätt till dataportabilitet.', en: 'Right to data portability.' },
    text: {
      sv: 'När behandlingen grundar sig på samtycke eller avtal kan du få ut de uppgifter du själv lämnat i ett maskinläsbart format och föra över dem till någon annan.',
      en: 'When the processing is based on consent or a contract, you can get the data you gave us in a machine-readable format and move it to someone else.',
    },
  },
  {
    title: { sv: 'Rätt att invända.', en: 'Right to object.' },
    text: {
      sv: 'Du kan invända mot behandling som grundar sig på vårt berättigade intresse. Då slutar vi, om vi inte kan visa tungt vägande skäl att fortsätta. Mot direktmarknadsföring kan du alltid invända.',
      en: 'You can object to processing based on our legitimate interest. We then stop unless we can show compelling grounds to continue. You can always object to direct marketing.',
    },
  },
  {
    title: { sv: 'Rätt att återkalla samtycke.', en: 'Right to withdraw consent.' },
    text: {
      sv: 'När behandlingen grundar sig på ditt samtycke kan du när som helst ta tillbaka det. Det påverkar inte behandling som redan skett.',
      en: 'When the processing is based on your consent, you can withdraw it at any time. This does not affect processing that has already taken place.',
    },
  },
];
