// The fixed words of the reply to an access request (Art. 15), Swedish and English, written for
// this project in plain language. The phrases about the activities (purposes, recipients,
// transfers, rights, IMY) are the privacy notice's (privacy-notice.words.ts); the register fills
// in everything else.
import type { Words } from '../../../shared/glossary';

const sv = {
  /** The letter's heading and the document's title. */
  subject: 'Svar på din begäran om registerutdrag',
  request: 'Din begäran:',
  requestLine: (right: string, receivedOn: string) => `${right}, mottagen ${receivedOn}.`,
  intro:
    'Här är vårt svar enligt artikel 15 i dataskyddsförordningen (GDPR). Vi behandlar personuppgifter om dig. Nedan beskriver vi hur vi gör det, och i bilagan finns en kopia av de uppgifter vi behandlar om dig. Den första kopian är kostnadsfri.',

  // Art. 15(1)(a)
  purposesTitle: 'Varför vi behandlar dina uppgifter och med vilket stöd',
  noPurposes: 'Inget ändamål är registrerat för den här behandlingen.',
  // Art. 15(1)(b)
  dataTitle: 'Vilka uppgifter om dig vi behandlar',
  dataNeeded: 'Uppgifter som behövs för ändamålen ovan.',
  // Art. 15(1)(c) and 15(2)
  recipientsTitle: 'Vilka som får del av uppgifterna',
  // Art. 15(1)(d)
  retentionTitle: 'Hur länge vi sparar uppgifterna',
  retentionIntro: 'Vi sparar inte uppgifterna längre än vi behöver dem. Så här länge sparas de:',
  // Art. 15(1)(g)
  sourceTitle: 'Varifrån uppgifterna kommer',
  /** After "Uppgifterna kommer": the privacy notice's source phrases. */
  source: (phrases: string) => `Uppgifterna kommer ${phrases}.`,
  // Art. 15(1)(h)
  automatedTitle: 'Automatiserade beslut',
  automatedYes: 'Vi fattar beslut om dig som enbart grundas på automatiserad behandling.',
  automatedNone: 'Vi fattar inga beslut om dig som enbart grundas på automatiserad behandling, inte heller genom profilering.',
  // Art. 15(1)(e)
  rightsTitle: 'Dina övriga rättigheter',
  rightsIntro: 'Du har också de här rättigheterna när det gäller dina personuppgifter:',
  // Art. 15(3)
  annexTitle: 'Bilaga: kopia av uppgifterna',
  annexPlaceholder:
    '[Här läggs kopian av de personuppgifter vi behandlar om dig in, eller så bifogas den som en separat fil. Ta bort den här texten innan svaret skickas.]',
  annexSystems: 'Uppgifterna har hämtats ur:',

  closingTitle: 'Frågor',
  closing: (contact: string) => `Hör av dig till oss om du har frågor om svaret: ${contact}.`,
  closingNoContact: 'Hör av dig till oss om du har frågor om svaret.',
  regards: 'Med vänliga hälsningar',
  dpo: 'Dataskyddsombud:',
  footer: (date: string) => `Registerutdrag ${date}`,
  description: (name: string) => `Svar på begäran om registerutdrag från ${name}`,
  /** The file's default name (made safe for file systems when saved). */
  fileName: (name: string, date: string) => `Registerutdrag ${name} ${date}.docx`,
};

export const accessReplyWords: Words<typeof sv> = {
  sv,
  en: {
    subject: 'Reply to your request for access to your personal data',
    request: 'Your request:',
    requestLine: (right, receivedOn) => `${right}, received ${receivedOn}.`,
    intro:
      'This is our reply under Article 15 of the General Data Protection Regulation (GDPR). We process personal data about you. Below we describe how, and the annex holds a copy of the data we process about you. The first copy is free of charge.',

    purposesTitle: 'Why we process your data and on what legal basis',
    noPurposes: 'No purpose is registered for this processing.',
    dataTitle: 'What data about you we process',
    dataNeeded: 'Data needed for the purposes above.',
    recipientsTitle: 'Who receives the data',
    retentionTitle: 'How long we keep the data',
    retentionIntro: 'We do not keep the data longer than we need it. This is how long we keep it:',
    sourceTitle: 'Where the data comes from',
    source: (phrases) => `The data comes ${phrases}.`,
    automatedTitle: 'Automated decision-making',
    automatedYes: 'We make decisions about you based solely on automated processing.',
    automatedNone: 'We make no decisions about you based solely on automated processing, including profiling.',
    rightsTitle: 'Your other rights',
    rightsIntro: 'You also have these rights regarding your personal data:',
    annexTitle: 'Annex: copy of the data',
    annexPlaceholder:
      '[Insert the copy of the personal data we process about you here, or attach it as a separate file. Remove this text before the reply is sent.]',
    annexSystems: 'The data was taken from:',

    closingTitle: 'Questions',
    closing: (contact) => `Please contact us if you have questions about this reply: ${contact}.`,
    closingNoContact: 'Please contact us if you have questions about this reply.',
    regards: 'Kind regards',
    dpo: 'Data protection officer:',
    footer: (date) => `Access reply ${date}`,
    description: (name) => `Reply to the request for access from ${name}`,
    fileName: (name, date) => `Access reply ${name} ${date}.docx`,
  },
};
