import fs from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_REASONS,
  emptyActivity,
  emptyCustomer,
  HISTORY_ACTIONS,
  HISTORY_KINDS,
  historyVerifyResult,
  type CustomerFields,
  type EventPayload,
} from '../../../shared/contract';
import { allLabelKeys } from '../../../renderer/features/history/fields';
import { resources } from '../../../renderer/i18n/index';
import { createHarness, openTestRegister, renderApp, type Harness } from '../harness';

// The change history as a user meets it: the panel on a record page, the register-wide history
// page and its actions, all against a real core (every change the UI makes is in its history).

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

const customer = (name: string, patch: Partial<CustomerFields> = {}): CustomerFields => ({ ...emptyCustomer, name, ...patch });

/** The rows of a table whose text contains all of the given strings. */
function rowsWith(table: HTMLElement, ...texts: string[]): HTMLElement[] {
  return within(table)
    .queryAllByRole('row')
    .filter((row) => texts.every((text) => row.textContent?.includes(text)));
}

async function openPanel(user: ReturnType<typeof renderApp>['user']): Promise<HTMLElement> {
  const panel = await screen.findByRole('region', { name: 'Historik' });
  await user.click(within(panel).getByRole('button', { name: /Historik/ }));
  return within(panel).findByRole('table', { name: 'Historik' });
}

describe('the history panel on a record page', () => {
  it('shows both edits of a customer and restores the first version into the form', async () => {
    const created = await h.call('customers.create', customer('Alfa Drift AB'));
    const { user } = renderApp(`/kunder/${created.id}`);
    const notes = await screen.findByRole('textbox', { name: 'Anteckningar' });

    await user.type(notes, 'Första');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Alfa Drift AB har sparats.');
    await user.clear(notes);
    await user.type(notes, 'Andra');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await h.call('customers.get', { id: created.id })).notes).toBe('Andra'));

    const table = await openPanel(user);
    await waitFor(() => expect(rowsWith(table, 'Anteckningar: Första → Andra')).toHaveLength(1));
    const [first] = rowsWith(table, 'Anteckningar: – → Första');
    expect(first).toBeDefined();
    expect(first).toHaveTextContent('Ändrad');
    expect(rowsWith(table, 'Skapad', 'Namn: Alfa Drift AB')).toHaveLength(1);
    // The newest entry is what the form already shows.
    expect(rowsWith(table, 'Första → Andra')[0]).toHaveTextContent('Nuvarande version');

    await user.click(within(first!).getByRole('button', { name: /^Återställ den här versionen/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Återställ den här versionen?' });
    expect(dialog).toHaveTextContent('Ändringar i formuläret som inte är sparade försvinner.');
    await user.click(within(dialog).getByRole('button', { name: 'Återställ den här versionen' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Anteckningar' })).toHaveValue('Första'));
    expect((await h.call('customers.get', { id: created.id })).notes).toBe('Första');
    // The restore is itself a change in the history, and the form saves on top of it.
    await waitFor(() => expect(rowsWith(table, 'Återställd', 'Anteckningar: Andra → Första')).toHaveLength(1));
    await user.type(screen.getByRole('textbox', { name: 'Anteckningar' }), ' igen');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await h.call('customers.get', { id: created.id })).notes).toBe('Första igen'));
  }, 60_000);

  it('shows a contact person removed in the customer form, and brings it back', async () => {
    const created = await h.call(
      'customers.create',
      customer('Beta AB', { contactPersons: [{ name: 'Eva Ek', role: 'Vd', email: 'eva@beta.se', phone: '' }] }),
    );
    await h.call('customers.update', { id: created.id, revision: created.revision, fields: customer('Beta AB') });
    const { user } = renderApp(`/kunder/${created.id}`);
    const table = await openPanel(user);
    const [removed] = await waitFor(() => {
      const rows = rowsWith(table, 'Borttagen', 'Kontaktperson: Eva Ek');
      expect(rows).toHaveLength(1);
      return rows;
    });
    await user.click(within(removed!).getByRole('button', { name: 'Ta tillbaka Eva Ek' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Kontaktperson 1' })).toHaveValue('Eva Ek'));
    expect((await h.call('customers.get', { id: created.id })).contactPersons.map((p) => p.name)).toEqual(['Eva Ek']);
  }, 60_000);

  it('says plainly when the record changed before the restore went through', async () => {
    const created = await h.call('customers.create', customer('Gamma AB'));
    const updated = await h.call('customers.update', {
      id: created.id,
      revision: created.revision,
      fields: customer('Gamma AB', { notes: 'Ett' }),
    });
    const { user } = renderApp(`/kunder/${created.id}`);
    const table = await openPanel(user);
    const [original] = await waitFor(() => {
      const rows = rowsWith(table, 'Skapad');
      expect(rows).toHaveLength(1);
      return rows;
    });
    await user.click(within(original!).getByRole('button', { name: /^Återställ den här versionen/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Återställ den här versionen?' });
    // Someone else saves the customer while the question is open.
    await h.call('customers.update', { id: created.id, revision: updated.revision, fields: customer('Gamma AB', { notes: 'Två' }) });
    await user.click(within(dialog).getByRole('button', { name: 'Återställ den här versionen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Posten har ändrats sedan historiken lästes in');
    expect((await h.call('customers.get', { id: created.id })).notes).toBe('Två');
    await user.click(within(alert).getByRole('button', { name: 'Ladda om' }));
    await waitFor(() => expect(rowsWith(table, 'Anteckningar: Ett → Två')).toHaveLength(1));
  }, 60_000);
});

describe('the history page', () => {
  it('brings back an activity deleted by mistake', async () => {
    const activity = await h.call('activities.create', { ...emptyActivity, name: 'Löneadministration' });
    const { user } = renderApp(`/behandlingar/${activity.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ta bort' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    await screen.findByRole('table', { name: 'Behandlingar' }, { timeout: 15_000 });
    expect((await h.call('activities.list', { includeArchived: true })).items).toHaveLength(0);

    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Historik och säkerhetskopior' }));
    const table = await screen.findByRole('table', { name: 'Historik' });
    const row = await within(table).findByRole('row', { name: /Borttagen Löneadministration$/ });
    expect(row).toHaveTextContent('Behandling');
    await user.click(within(row).getByRole('button', { name: 'Ta tillbaka Löneadministration' }));

    expect(await screen.findByText('Löneadministration är tillbaka.')).toBeInTheDocument();
    const back = (await h.call('activities.list', { includeArchived: true })).items;
    expect(back.map((a) => a.name)).toEqual(['Löneadministration']);
    // The entry that brought it back links to the activity's page.
    const restored = await within(table).findByRole('row', { name: /Återställd Löneadministration$/ });
    await user.click(within(restored).getByRole('link', { name: 'Löneadministration' }));
    expect(await screen.findByRole('heading', { name: 'Löneadministration' })).toBeInTheDocument();
  }, 60_000);

  it('filters by kind and search, and checks the chain', async () => {
    await h.call('customers.create', customer('Delta AB'));
    await h.call('activities.create', { ...emptyActivity, name: 'Kundregister' });
    const { user } = renderApp('/historik');
    const table = await screen.findByRole('table', { name: 'Historik' });
    await within(table).findByRole('row', { name: /Skapad Delta AB$/ });
    await within(table).findByRole('row', { name: /Skapad Kundregister$/ });

    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'Delta');
    // Both at once: while the list reloads it is briefly empty, which the first alone would accept.
    await waitFor(() => {
      expect(within(table).queryByRole('row', { name: /Kundregister$/ })).not.toBeInTheDocument();
      expect(within(table).getByRole('row', { name: /Skapad Delta AB$/ })).toBeInTheDocument();
    });
    await user.clear(screen.getByRole('searchbox', { name: 'Sök' }));

    await user.click(screen.getByRole('combobox', { name: 'Typ av post' }));
    await user.click(await screen.findByRole('option', { name: 'Behandling' }));
    await waitFor(() => {
      expect(within(table).queryByRole('row', { name: /Delta AB$/ })).not.toBeInTheDocument();
      expect(within(table).getByRole('row', { name: /Skapad Kundregister$/ })).toBeInTheDocument();
    });

    await user.type(screen.getByRole('textbox', { name: 'Från och med' }), '2001-13-01');
    expect(await screen.findByText('Ange datum som ÅÅÅÅ-MM-DD.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kontrollera historiken' }));
    const { entries } = await h.call('history.verify', {});
    expect(await screen.findByRole('status')).toHaveTextContent(`Historiken är oförändrad: alla ${entries} ändringar kontrollerade.`);
  }, 60_000);

  it('exports what the filter shows as CSV and says where the file went', async () => {
    await h.call('customers.create', customer('Eta AB'));
    const { user } = renderApp('/historik');
    await within(await screen.findByRole('table', { name: 'Historik' })).findByRole('row', { name: /Skapad Eta AB$/ });
    await user.click(screen.getByRole('button', { name: 'Exportera (CSV)' }));
    expect(await screen.findByText('Historiken är exporterad')).toBeInTheDocument();
    const path = (await screen.findByText(/\.csv$/)).textContent ?? '';
    expect(fs.readFileSync(path, 'utf8')).toContain('Eta AB');
  }, 60_000);

  it('opens the full change and erases a deleted customer’s details after a clear warning', async () => {
    const created = await h.call('customers.create', customer('Epsilon AB', { notes: 'Hemlig anteckning' }));
    await h.call('customers.delete', { id: created.id, revision: created.revision });
    const { user } = renderApp('/historik');
    const table = await screen.findByRole('table', { name: 'Historik' });
    await user.click(await within(table).findByRole('row', { name: /Borttagen Epsilon AB$/ }));

    const drawer = await screen.findByRole('dialog', { name: 'Ändringen i detalj' });
    expect(within(drawer).getByRole('table', { name: 'Ändringen i detalj' })).toHaveTextContent('Hemlig anteckning');
    await user.click(within(drawer).getByRole('button', { name: 'Radera uppgifterna ur historiken' }));
    const confirm = await screen.findByRole('dialog', { name: 'Radera uppgifterna ur historiken?' });
    expect(confirm).toHaveTextContent('Det går inte att ångra.');
    await user.click(within(confirm).getByRole('button', { name: 'Radera för gott' }));

    await waitFor(() => expect(rowsWith(table, 'Epsilon AB')).toHaveLength(0));
    expect(rowsWith(table, 'Uppgifterna rensade').length).toBeGreaterThanOrEqual(2);
    expect(table).not.toHaveTextContent('Hemlig anteckning');
    expect((await h.call('history.verify', {})).ok).toBe(true);
  }, 60_000);

  it('shows the display name set in the app beside the changes made after it', async () => {
    const { user } = renderApp('/historik');
    await user.click(await screen.findByRole('button', { name: 'Ditt namn i historiken' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ditt namn i historiken' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Namn' }), 'Anna Ek');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.getByTestId('display-name')).toHaveTextContent('Anna Ek'));

    await h.call('customers.create', customer('Zeta AB'));
    const table = screen.getByRole('table', { name: 'Historik' });
    const row = await within(table).findByRole('row', { name: /Skapad Zeta AB$/ });
    expect(row).toHaveTextContent('Anna Ek');
  }, 60_000);
});

describe('backups', () => {
  it('makes a backup, lists it, restores it as a new file and says which file is open', async () => {
    const { user } = renderApp('/historik/sakerhetskopior');
    expect(await screen.findByText('Inga säkerhetskopior ännu. Välj ”Säkerhetskopiera nu” för att göra den första.')).toBeInTheDocument();
    await h.call('customers.create', customer('Kund i kopian AB'));
    await user.click(screen.getByRole('button', { name: 'Säkerhetskopiera nu' }));

    const table = await screen.findByRole('table', { name: 'Säkerhetskopior' });
    const [row] = await waitFor(() => {
      const rows = rowsWith(table, 'Manuell');
      expect(rows).toHaveLength(1);
      return rows;
    });
    expect(row).toHaveTextContent('Ja'); // verified
    expect(row).toHaveTextContent(/\d+ kB/);
    expect(screen.getByTestId('last-backup')).not.toHaveTextContent('Ingen säkerhetskopia ännu');
    const original = await h.call('register.current', {});

    await user.click(within(row!).getByRole('button', { name: /^Återställ säkerhetskopian från/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Återställ säkerhetskopian?' });
    expect(dialog).toHaveTextContent('ny registerfil bredvid originalet');
    await user.click(within(dialog).getByRole('button', { name: 'Återställ som ny fil' }));

    expect(await screen.findByText('Säkerhetskopian är återställd')).toBeInTheDocument();
    const now = await h.call('register.current', {});
    expect(now?.path).not.toBe(original?.path);
    expect(now?.fileName).toMatch(/återställd/);
    // Said in the notice and on the backups tab.
    expect(screen.getAllByText(now!.path).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByTestId('register-file')).toHaveTextContent(now!.fileName));
    expect((await h.call('customers.list', {})).items.map((c) => c.name)).toEqual(['Kund i kopian AB']);
  }, 60_000);

  it('refuses a backup folder that does not exist, in words', async () => {
    const { user } = renderApp('/historik/sakerhetskopior');
    await user.click(await screen.findByRole('button', { name: 'Byt mapp' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mapp för säkerhetskopior' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Mapp' }), `${h.dir}/finns-inte`);
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Mappen finns inte. Kontrollera sökvägen, eller skapa mappen först.')).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: 'Mapp' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Mapp' }), h.dir);
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.getByTestId('backup-folder')).toHaveTextContent(h.dir));
    expect((await h.call('settings.get', {})).backupFolder).toBe(h.dir);
  }, 60_000);

  it('shows a failed automatic backup as a notification that stays', async () => {
    // Automatic backups are off in tests: the event is delivered as the core would send it.
    const failed: ((payload: EventPayload<'backups.failed'>) => void)[] = [];
    const { on } = h.api;
    window.api = {
      ...h.api,
      on: (event, listener) => {
        if (event === 'backups.failed') failed.push(listener as (payload: EventPayload<'backups.failed'>) => void);
        return on(event, listener);
      },
    };
    renderApp('/');
    await waitFor(() => expect(failed.length).toBeGreaterThan(0));
    for (const listener of failed) {
      listener({
        registerPath: `${h.dir}/test.forteckna`,
        reason: 'interval',
        code: 'FILE_NOT_FOUND',
        message: { sv: 'Mappen för säkerhetskopior finns inte.', en: 'The backup folder does not exist.' },
        at: new Date().toISOString(),
      });
    }
    expect(await screen.findByText('Säkerhetskopieringen misslyckades')).toBeInTheDocument();
    expect(screen.getByText('Mappen för säkerhetskopior finns inte.')).toBeInTheDocument();
  });

  it('tells on the purge screen when purged data will have left the backups', async () => {
    const { user } = renderApp('/gallring');
    await user.click(await screen.findByRole('tab', { name: 'Att gallra' }));
    const line = await screen.findByTestId('purged-gone-by');
    const { purgedGoneBy } = await h.call('backups.list', {});
    expect(line).toHaveTextContent(purgedGoneBy ? `till och med ${purgedGoneBy}` : 'rotationen');
  }, 60_000);
});

it('has words in both languages for every kind, action, reason, field and list the history names', () => {
  const keys = [
    ...allLabelKeys(),
    ...HISTORY_KINDS.map((k) => `history.kind.${k}`),
    ...HISTORY_ACTIONS.map((a) => `history.action.${a}`),
    ...BACKUP_REASONS.map((r) => `backups.reason.${r}`),
    ...historyVerifyResult.shape.brokenAt.unwrap().shape.reason.options.map((r) => `history.verifyReason.${r}`),
  ];
  for (const lang of ['sv', 'en'] as const) {
    const table = resources[lang].translation as Record<string, string>;
    expect(keys.filter((key) => !(key in table))).toEqual([]);
  }
});
