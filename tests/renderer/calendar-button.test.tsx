import fs from 'node:fs';
import path from 'node:path';
import { notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity } from '../../shared/contract';
import { addDays } from '../../shared/dates';
import { todayIso } from '../../renderer/ui/lang';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// "Lägg i kalendern" on the overview: the dated items as an iCalendar file (browser mode: in the
// export folder, no save dialog), with how many events went into which file, and how to import it.

let h: Harness;
let today: string;

beforeEach(async () => {
  notifications.clean();
  h = createHarness();
  await openTestRegister(h, 'Driftbolaget AB');
  today = todayIso();
  await h.call('activities.create', { ...emptyActivity, name: 'Kundregister', nextReviewAt: addDays(today, -3) });
  await h.call('activities.create', { ...emptyActivity, name: 'Nyhetsbrev', nextReviewAt: addDays(today, 200) });
});
afterEach(() => h.dispose());

describe('Översikt: Lägg i kalendern', () => {
  it('saves the calendar file and says how many events went into which file', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Lägg i kalendern' }));

    const saved = await screen.findByText('Kalenderfilen är sparad');
    const note = saved.closest('.mantine-Notification-root') as HTMLElement;
    expect(note).toHaveTextContent('2 händelser i filen.');
    const file = path.join(h.dir, 'Export', `Förteckna – Driftbolaget AB – frister ${today}.ics`);
    expect(note).toHaveTextContent(file);
    const events = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8'))).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('summary'))).sort()).toEqual([
      expect.stringMatching(/^Förteckna: Granska behandlingen Kundregister \(försenat/),
      'Förteckna: Granska behandlingen Nyhetsbrev',
    ]);
    // Browser mode has no file manager to show the file in.
    expect(screen.queryByRole('button', { name: 'Visa i mappen' })).toBeNull();
  });

  it('says how to import the file into Outlook and Apple Calendar, and where it goes', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Så lägger du in filen i kalendern' }));
    expect(await screen.findByText(/Outlook: Arkiv → Öppna och exportera → Importera\/exportera/)).toHaveTextContent(
      /Apple Kalender: Arkiv → Importera/,
    );
    await waitFor(() => expect(screen.getByText(/Filen sparas i mappen Export i/)).toHaveTextContent(h.dir));
  });
});
