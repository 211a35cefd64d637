// UI texts of the overdue notifications' switch (dashboard.reminders.*), Swedish first; the
// dashboard's manifest merges them.
export const reminderTexts = {
  sv: {
    'dashboard.reminders.notify': 'Visa en avisering när något blir försenat',
    'dashboard.reminders.notifyHelp':
      'Skrivbordsappen säger till när registret öppnas och sedan en gång om dagen, om det som blivit försenat sedan du senast såg översikten.',
    'dashboard.reminders.notifyDesktopOnly': 'Aviseringar visas bara i skrivbordsappen, inte när Förteckna körs i webbläsaren.',
  },
  en: {
    'dashboard.reminders.notify': 'Show a notification when something becomes overdue',
    'dashboard.reminders.notifyHelp':
      'The desktop app tells you when the register opens, and then once a day, about what has become overdue since you last saw the overview.',
    'dashboard.reminders.notifyDesktopOnly': 'Notifications are shown only in the desktop app, not when Förteckna runs in the browser.',
  },
};
