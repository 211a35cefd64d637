// Problems the controller-side import targets report (activities, systems, retention rules):
// what is wrong with the row or cell and what to do. `{{param}}` as in shared/messages.
import { byLanguage } from '../words-table';
export const controllerWords = {
  // Processing activities
  'targets.activity.noName': {
    sv: 'Raden har inget namn på behandlingen och läses inte in. Skriv behandlingens namn.',
    en: 'The row has no name for the processing activity and is not imported. Enter the name of the activity.',
  },
  'targets.activity.noPurpose': {
    sv: 'Behandlingen har inget ändamål med rättslig grund. Den läses in som utkast; lägg till ändamål och rättslig grund.',
    en: 'The activity has no purpose with a lawful basis. It is imported as a draft; add the purpose and its lawful basis.',
  },
  'targets.activity.noBasis': {
    sv: 'Ändamålet ”{{purpose}}” har ingen rättslig grund och läses inte in. Ange den rättsliga grunden, t.ex. ”Avtal (art. 6.1 b)”.',
    en: 'The purpose “{{purpose}}” has no lawful basis and is not imported. Enter its lawful basis, e.g. “Contract (Art. 6(1)(b))”.',
  },
  'targets.activity.unknownBasis': {
    sv: 'Den rättsliga grunden ”{{value}}” känns inte igen, så ändamålet ”{{purpose}}” läses inte in. Skriv en av grunderna i art. 6.1 a–f, t.ex. ”Avtal (art. 6.1 b)” eller ”Berättigat intresse”.',
    en: 'The lawful basis “{{value}}” is not recognised, so the purpose “{{purpose}}” is not imported. Enter one of the bases of Art. 6(1)(a)–(f), e.g. “Contract (Art. 6(1)(b))” or “Legitimate interests”.',
  },
  'targets.activity.basisWithoutPurpose': {
    sv: 'Raden har en rättslig grund men inget ändamål, så den läses inte in som ändamål. Skriv vilket ändamål grunden gäller.',
    en: 'The row has a lawful basis but no purpose, so no purpose is imported from it. Enter the purpose the basis is for.',
  },
  'targets.activity.moreBases': {
    sv: 'Ändamålet ”{{purpose}}” har flera rättsliga grunder utan att det står vad var och en omfattar; bara ”{{basis}}” läses in. Lägg till de andra grunderna i behandlingen.',
    en: 'The purpose “{{purpose}}” has several lawful bases without saying what each covers; only “{{basis}}” is imported. Add the other bases in the activity.',
  },
  'targets.activity.basesCount': {
    sv: 'Cellen har {{purposes}} ändamål men {{bases}} rättsliga grunder, så de kan inte paras ihop. Skriv en grund per ändamål, på var sin rad i cellen.',
    en: 'The cell has {{purposes}} purposes but {{bases}} lawful bases, so they cannot be paired. Give one basis per purpose, each on its own line.',
  },
  'targets.activity.unknownItem': {
    sv: '”{{value}}” känns inte igen och läses inte in. Använd ett av registrets val för {{field}}.',
    en: '“{{value}}” is not recognised and is not imported. Use one of the register’s choices for {{field}}.',
  },
  'targets.activity.unreadableFlag': {
    sv: '”{{value}}” går inte att läsa som Ja eller Nej och läses inte in. Skriv Ja eller Nej, gärna följt av ” – ” och motiveringen.',
    en: '“{{value}}” cannot be read as Yes or No and is not imported. Enter Yes or No, optionally followed by “ – ” and the justification.',
  },
  'targets.activity.transfer': {
    sv: 'Överföringen ”{{value}}” kunde inte läsas och läses inte in. Skriv land – mottagare – överföringsverktyg, t.ex. ”USA – Leverantör Inc. – Standardavtalsklausuler (art. 46.2 c)”.',
    en: 'The transfer “{{value}}” could not be read and is not imported. Write country – recipient – transfer tool, e.g. “United States – Supplier Inc. – Standard contractual clauses (Art. 46(2)(c))”.',
  },
  'targets.activity.noRecipientsWithList': {
    sv: 'Cellen säger både ”Inga mottagare” och nämner mottagare; mottagarna läses in. Ta bort det som inte stämmer.',
    en: 'The cell says both “No recipients” and names recipients; the recipients are imported. Remove what is not true.',
  },
  'targets.activity.rowsDiffer': {
    sv: 'Raderna för behandlingen har olika värden i {{field}}; värdet från rad {{row}} läses in. Skriv samma värde på alla rader för behandlingen.',
    en: 'The rows of this activity differ in {{field}}; the value from row {{row}} is imported. Give the same value on every row of the activity.',
  },
  'targets.activity.invalid': {
    sv: '{{field}} kan inte sparas som det står (för långt eller ogiltigt), så behandlingen läses inte in. Korta eller rätta värdet.',
    en: '{{field}} cannot be saved as written (too long or not valid), so the activity is not imported. Shorten or correct the value.',
  },
  // Systems
  'targets.system.noName': {
    sv: 'Raden har inget systemnamn och läses inte in. Skriv systemets namn.',
    en: 'The row has no system name and is not imported. Enter the name of the system.',
  },
  'targets.system.place': {
    sv: 'Platsen ”{{value}}” är inget land som känns igen; den sparas som beskrivning av platsen och landet behöver väljas i systemet.',
    en: 'The place “{{value}}” is not a recognised country; it is kept as the description of the location and the country must be chosen in the system.',
  },
  'targets.system.invalid': {
    sv: '{{field}} kan inte sparas som det står (för långt eller ogiltigt), så systemet läses inte in. Korta eller rätta värdet.',
    en: '{{field}} cannot be saved as written (too long or not valid), so the system is not imported. Shorten or correct the value.',
  },
  // Retention rules
  'targets.retention.noType': {
    sv: 'Raden har ingen typ (regelns namn) och läses inte in. Skriv vilka uppgifter regeln gäller.',
    en: 'The row has no type (the rule’s name) and is not imported. Enter what data the rule is for.',
  },
  'targets.retention.duration': {
    sv: 'Tiden ”{{value}}” kunde inte läsas och läses inte in. Skriv t.ex. ”7 år”, ”6 månader”, ”30 dagar” eller ”Så länge ändamålet kräver”.',
    en: 'The period “{{value}}” could not be read and is not imported. Write e.g. “7 years”, “6 months”, “30 days” or “As long as the purpose requires”.',
  },
  'targets.retention.noDuration': {
    sv: 'Raden ger ingen lagringstid: en ny regel läses in som ”så länge ändamålet kräver”, en befintlig behåller sin. Ange lagringstiden i regeln.',
    en: 'The row gives no retention period: a new rule is imported as “as long as the purpose requires”, an existing one keeps its own. Enter the period in the rule.',
  },
  'targets.retention.noAnchor': {
    sv: 'Regeln säger inte varifrån tiden räknas; den räknas från avslutat avtal tills du ändrar det.',
    en: 'The rule does not say what the period counts from; it counts from the end of the contract until you change it.',
  },
  'targets.retention.appliesTo': {
    sv: '”{{value}}” är inget av registrets egna slag av uppgifter och läses inte in. Välj bland kontaktpersoner, kundplatser, utrustning, PUB-avtal, begäranden och incidenter.',
    en: '“{{value}}” is not one of the register’s own kinds of records and is not imported. Choose from contact persons, customer sites, equipment, agreements, requests and breaches.',
  },
  'targets.retention.appliesToDropped': {
    sv: 'Regeln kan inte rensa {{kinds}} i registret med den här lagringstiden eller startpunkten, så det läses inte in. Rätta regeln och välj sedan vad den rensar.',
    en: 'With this period or starting point the rule cannot purge {{kinds}} in the register, so that is not imported. Correct the rule, then choose what it purges.',
  },
  'targets.retention.invalid': {
    sv: '{{field}} kan inte sparas som det står (för långt eller ogiltigt), så regeln läses inte in. Korta eller rätta värdet.',
    en: '{{field}} cannot be saved as written (too long or not valid), so the rule is not imported. Shorten or correct the value.',
  },
} as const satisfies Record<string, { sv: string; en: string }>;

export type ControllerWord = keyof typeof controllerWords;

/** The same messages as { sv, en } tables. */
export const controllerTexts = byLanguage(controllerWords);
