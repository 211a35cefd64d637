// UI texts of the documents area, Swedish first; merged into i18n by renderer/i18n/features.ts.
const sv = {
  'documents.description': 'Dokument som tas fram ur registret, så att de alltid stämmer med det ni har förtecknat.',

  // Privacy notice: editor
  'documents.notice.title': 'Integritetspolicy',
  'documents.notice.description':
    'Integritetspolicyn för er webbplats, byggd på de behandlingar där ni är personuppgiftsansvariga. Ändras registret ändras policyn med det.',
  'documents.notice.editor': 'Innehåll',
  'documents.notice.intro': 'Inledning',
  'documents.notice.introSv': 'Inledning på svenska',
  'documents.notice.introEn': 'Inledning på engelska',
  'documents.notice.introPlaceholder': 'Lämna tomt för att använda en standardinledning.',
  'documents.notice.introHelp': 'Skriv med egna ord vad policyn gäller. Blank rad ger nytt stycke.',
  'documents.notice.activities': 'Behandlingar',
  'documents.notice.activitiesHelp':
    'Alla behandlingar där ni är personuppgiftsansvariga tas med som standard. Rent interna behandlingar som inte berör besökare, kunder eller sökande kan lämnas utanför.',
  'documents.notice.include': 'Ta med i integritetspolicyn',
  'documents.notice.includeActivity': 'Ta med {{name}} i integritetspolicyn',
  'documents.notice.includedCount': '{{included}} av {{total}} behandlingar tas med',
  'documents.notice.noActivities': 'Registret har inga behandlingar där ni är personuppgiftsansvariga ännu.',
  'documents.notice.addActivities': 'Lägg till behandlingar',
  'documents.notice.noneIncluded': 'Ingen behandling är vald – policyn beskriver då ingen behandling alls.',
  'documents.notice.sections': 'Egna avsnitt',
  'documents.notice.sectionsHelp': 'Placeras efter de avsnitt som tas fram ur registret, i den här ordningen.',
  'documents.notice.noSections': 'Inga egna avsnitt.',
  'documents.notice.sectionN': 'Avsnitt {{n}}',
  'documents.notice.sectionTitleSv': 'Rubrik på svenska',
  'documents.notice.sectionTitleEn': 'Rubrik på engelska',
  'documents.notice.sectionBodySv': 'Text på svenska',
  'documents.notice.sectionBodyEn': 'Text på engelska',
  'documents.notice.sectionField': '{{field}} (avsnitt {{n}})',
  'documents.notice.addSection': 'Lägg till avsnitt',
  'documents.notice.removeSection': 'Ta bort avsnitt {{n}}',
  'documents.notice.moveUp': 'Flytta avsnitt {{n}} uppåt',
  'documents.notice.moveDown': 'Flytta avsnitt {{n}} nedåt',
  'documents.notice.saved': 'Integritetspolicyn har sparats.',
  'documents.notice.fixFields': 'Några uppgifter behöver rättas – se de markerade fälten.',
  'documents.notice.updatedAt': 'Senast ändrad {{date}}',

  // Privacy notice: preview and export
  'documents.preview.title': 'Förhandsvisning',
  'documents.preview.language': 'Dokumentets språk',
  'documents.preview.refresh': 'Uppdatera',
  'documents.preview.label': 'Förhandsvisning av integritetspolicyn',
  'documents.preview.registerVersion': 'Bygger på registret {{version}}',
  'documents.preview.unsaved': 'Förhandsvisningen och exporten bygger på den sparade versionen. Spara för att ta med dina ändringar.',
  'documents.export.docx': 'Spara som Word (DOCX)',
  'documents.export.html': 'Spara som HTML',
  'documents.export.htmlHelp': 'HTML-filen är ren och enkel att klistra in på webbplatsen.',
  'documents.export.done': 'Dokumentet har sparats',
  'documents.export.savedAs': 'Sparat som',
  'documents.export.reveal': 'Visa i mappen',

  // Later exports
  'documents.more.title': 'Fler dokument',
  'documents.more.soon': 'Kommer',
  'documents.more.excel': 'Registret som Excel',
  'documents.more.excelText':
    'Förteckningen över behandlingar (art. 30.1) och registret som personuppgiftsbiträde (art. 30.2) som kalkylblad, för IMY eller revisorn. Kommer i en senare version.',
  'documents.more.agreements': 'PUB-avtal',
  'documents.more.agreementsText':
    'Personuppgiftsbiträdesavtal per kund som Word-dokument, med samma brevhuvud som integritetspolicyn. Kommer under Avtal i en senare version.',
};

const en: Record<keyof typeof sv, string> = {
  'documents.description': 'Documents produced from the register, so that they always agree with what you have recorded.',

  'documents.notice.title': 'Privacy notice',
  'documents.notice.description':
    'The privacy notice for your website, built from the processing activities where you are the controller. When the register changes, the notice changes with it.',
  'documents.notice.editor': 'Content',
  'documents.notice.intro': 'Introduction',
  'documents.notice.introSv': 'Introduction in Swedish',
  'documents.notice.introEn': 'Introduction in English',
  'documents.notice.introPlaceholder': 'Leave empty to use a default introduction.',
  'documents.notice.introHelp': 'Say in your own words what the notice covers. A blank line starts a new paragraph.',
  'documents.notice.activities': 'Processing activities',
  'documents.notice.activitiesHelp':
    'Every activity where you are the controller is included by default. Purely internal ones that do not concern visitors, customers or applicants can be left out.',
  'documents.notice.include': 'Include in the privacy notice',
  'documents.notice.includeActivity': 'Include {{name}} in the privacy notice',
  'documents.notice.includedCount': '{{included}} of {{total}} activities are included',
  'documents.notice.noActivities': 'The register has no activities where you are the controller yet.',
  'documents.notice.addActivities': 'Add processing activities',
  'documents.notice.noneIncluded': 'No activity is chosen – the notice then describes no processing at all.',
  'documents.notice.sections': 'Own sections',
  'documents.notice.sectionsHelp': 'Placed after the sections produced from the register, in this order.',
  'documents.notice.noSections': 'No own sections.',
  'documents.notice.sectionN': 'Section {{n}}',
  'documents.notice.sectionTitleSv': 'Heading in Swedish',
  'documents.notice.sectionTitleEn': 'Heading in English',
  'documents.notice.sectionBodySv': 'Text in Swedish',
  'documents.notice.sectionBodyEn': 'Text in English',
  'documents.notice.sectionField': '{{field}} (section {{n}})',
  'documents.notice.addSection': 'Add section',
  'documents.notice.removeSection': 'Remove section {{n}}',
  'documents.notice.moveUp': 'Move section {{n}} up',
  'documents.notice.moveDown': 'Move section {{n}} down',
  'documents.notice.saved': 'The privacy notice has been saved.',
  'documents.notice.fixFields': 'Some details need correcting – see the marked fields.',
  'documents.notice.updatedAt': 'Last changed {{date}}',

  'documents.preview.title': 'Preview',
  'documents.preview.language': 'Language of the document',
  'documents.preview.refresh': 'Refresh',
  'documents.preview.label': 'Preview of the privacy notice',
  'documents.preview.registerVersion': 'Based on the register {{version}}',
  'documents.preview.unsaved': 'The preview and the export use the saved version. Save to include your changes.',
  'documents.export.docx': 'Save as Word (DOCX)',
  'documents.export.html': 'Save as HTML',
  'documents.export.htmlHelp': 'The HTML file is plain and easy to paste into your website.',
  'documents.export.done': 'The document has been saved',
  'documents.export.savedAs': 'Saved as',
  'documents.export.reveal': 'Show in folder',

  'documents.more.title': 'More documents',
  'documents.more.soon': 'Coming',
  'documents.more.excel': 'The register as Excel',
  'documents.more.excelText':
    'The record of processing activities (Art. 30(1)) and the processor register (Art. 30(2)) as a spreadsheet, for the authority or an auditor. Coming in a later version.',
  'documents.more.agreements': 'Data processing agreements',
  'documents.more.agreementsText':
    'A data processing agreement (PUB-avtal) per customer as a Word document, with the same letterhead as the privacy notice. Coming under Agreements in a later version.',
};

export const texts = { sv, en } as const;
