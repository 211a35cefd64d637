// UI texts of the overview's "Lägg i kalendern" button, Swedish first; merged into the dashboard's texts.
const sv = {
  'dashboard.calendar.button': 'Lägg i kalendern',
  'dashboard.calendar.help':
    'Sparar allt som har ett datum som en kalenderfil (.ics): en heldagshändelse per sista dag, med en påminnelse dagen före.',
  'dashboard.calendar.howTo': 'Så lägger du in filen i kalendern',
  'dashboard.calendar.importHint':
    'Outlook: Arkiv → Öppna och exportera → Importera/exportera → Importera en iCalendar-fil. Nya Outlook: Kalender → Lägg till kalender → Ladda upp från fil. Apple Kalender: Arkiv → Importera. Spara och importera en ny fil när något har ändrats: varje händelse har ett fast id, så kalendrar som stöder det uppdaterar den i stället för att lägga in den två gånger.',
  'dashboard.calendar.whereNative': 'Du väljer var filen sparas.',
  'dashboard.calendar.whereBrowser': 'Filen sparas i mappen Export i {{folder}}.',
  'dashboard.calendar.savedTitle': 'Kalenderfilen är sparad',
  'dashboard.calendar.events_one': '{{count}} händelse i filen.',
  'dashboard.calendar.events_other': '{{count}} händelser i filen.',
  'dashboard.calendar.noEvents': 'Filen har inga händelser: inget i registret har något datum just nu.',
};

const en: Record<keyof typeof sv, string> = {
  'dashboard.calendar.button': 'Add to calendar',
  'dashboard.calendar.help':
    'Saves everything that has a date as a calendar file (.ics): an all-day event on each due day, with a reminder the day before.',
  'dashboard.calendar.howTo': 'How to add the file to your calendar',
  'dashboard.calendar.importHint':
    'Outlook: File → Open & Export → Import/Export → Import an iCalendar file. New Outlook: Calendar → Add calendar → Upload from file. Apple Calendar: File → Import. Save and import a new file when something has changed: each event keeps its id, so calendars that support it update the event instead of adding it twice.',
  'dashboard.calendar.whereNative': 'You choose where the file is saved.',
  'dashboard.calendar.whereBrowser': 'The file is saved in the Export folder in {{folder}}.',
  'dashboard.calendar.savedTitle': 'The calendar file has been saved',
  'dashboard.calendar.events_one': '{{count}} event in the file.',
  'dashboard.calendar.events_other': '{{count}} events in the file.',
  'dashboard.calendar.noEvents': 'The file has no events: nothing in the register has a date at the moment.',
};

export const calendarTexts = { sv, en } as const;
