import fs from 'node:fs';
import path from 'node:path';
import { notifications } from '@mantine/notifications';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHarness, fakeSecretStore, renderApp, type Harness, type HarnessOptions } from './harness';

// Password protection from the user's side (issue 13): creating a register with a password, the
// password tab beside the backups, auto-lock, the export warning, encrypted backups.

const PASSWORD = 'hemligt lösenord 1';
const NEW_PASSWORD = 'ett helt annat lösenord';

let h: Harness;
afterEach(() => {
  vi.useRealTimers();
  h.dispose();
  notifications.clean(); // the notification store outlives the rendered app
});

/** An open encrypted register. */
async function openEncrypted(options: HarnessOptions & { readOnly?: boolean } = {}) {
  h = createHarness(options);
  const file = path.join(h.dir, 'hemligt.forteckna');
  await h.call('register.create', { organisationName: 'Hemliga kunder AB', path: file, password: PASSWORD });
  if (options.readOnly) {
    await h.call('register.close', {});
    await h.call('register.open', { path: file, password: PASSWORD, readOnly: true });
  }
  return file;
}

/** Can `password` open the register at `file`? (A second look through the core, as a later start would.) */
async function opensWith(file: string, password: string) {
  await h.call('register.close', {});
  const answer = await h.api.call('register.open', { path: file, password });
  return answer.ok;
}

describe('a new register with a password', () => {
  it('checks the password and its repetition, warns that it cannot be recovered, and creates an encrypted register', async () => {
    h = createHarness();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Nytt register' }));
    const dialog = screen.getByRole('dialog', { name: 'Nytt register' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Organisationens namn' }), 'Skyddat AB');
    expect(within(dialog).queryByLabelText('Lösenord')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('switch', { name: 'Skydda med lösenord' }));
    expect(within(dialog).getByText(/Ett glömt lösenord går inte att återställa/)).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Lösenord'), 'kort');
    await user.click(within(dialog).getByRole('button', { name: 'Skapa register' }));
    expect(await within(dialog).findByText(/Lösenordet måste ha minst 8 tecken/)).toBeInTheDocument();

    await user.clear(within(dialog).getByLabelText('Lösenord'));
    await user.type(within(dialog).getByLabelText('Lösenord'), PASSWORD);
    await user.type(within(dialog).getByLabelText('Upprepa lösenordet'), `${PASSWORD}x`);
    await user.click(within(dialog).getByRole('button', { name: 'Skapa register' }));
    expect(await within(dialog).findByText('Lösenorden är inte lika.')).toBeInTheDocument();
    expect(await h.call('register.current', {})).toBeNull();

    await user.clear(within(dialog).getByLabelText('Upprepa lösenordet'));
    await user.type(within(dialog).getByLabelText('Upprepa lösenordet'), PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Skapa register' }));
    await waitFor(() => expect(screen.getByTestId('register-organisation')).toHaveTextContent('Skyddat AB'));
    const info = await h.call('register.current', {});
    expect(info?.encrypted).toBe(true);
    expect(await opensWith(info!.path, 'fel lösenord')).toBe(false);
    expect(await opensWith(info!.path, PASSWORD)).toBe(true);
  });
});

describe('the password tab (Historik och säkerhetskopior → Lösenord)', () => {
  it('changes the password: a wrong current one is refused, the right one changes it, and the page stays', async () => {
    const file = await openEncrypted();
    const { user } = renderApp('/historik/losenord');
    expect(await screen.findByTestId('encryption-status')).toHaveTextContent('Skyddat med lösenord');
    expect(screen.getByRole('tab', { name: 'Lösenord' })).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('button', { name: 'Byt lösenord' }));
    const dialog = await screen.findByRole('dialog', { name: 'Byt lösenord' });
    await user.type(within(dialog).getByLabelText('Nuvarande lösenord'), 'inte det här');
    await user.type(within(dialog).getByLabelText('Nytt lösenord'), NEW_PASSWORD);
    await user.type(within(dialog).getByLabelText('Upprepa lösenordet'), NEW_PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Byt lösenord' }));
    expect(await within(dialog).findByText('Det nuvarande lösenordet stämmer inte. Lösenordet har inte ändrats.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Nuvarande lösenord')).toHaveValue('');

    await user.type(within(dialog).getByLabelText('Nuvarande lösenord'), PASSWORD);
    await user.click(within(dialog).getByRole('button', { name: 'Byt lösenord' }));
    expect(await screen.findByText('Lösenordet är bytt.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Byt lösenord' })).not.toBeInTheDocument());
    // The core announced the register again (same file): the tab is still shown, not the overview.
    expect(window.location.hash).toBe('#/historik/losenord');
    expect(screen.getByRole('tab', { name: 'Lösenord' })).toHaveAttribute('aria-selected', 'true');

    expect(await opensWith(file, PASSWORD)).toBe(false);
    expect(await opensWith(file, NEW_PASSWORD)).toBe(true);
  });

  it('adds a password to a plain register and removes it again, with a warning', async () => {
    h = createHarness();
    const file = path.join(h.dir, 'oppet.forteckna');
    await h.call('register.create', { organisationName: 'Öppet AB', path: file });
    const { user } = renderApp('/historik/losenord');
    expect(await screen.findByTestId('encryption-status')).toHaveTextContent('Inget lösenord');
    expect(screen.queryByRole('button', { name: 'Lås' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lägg till lösenord' }));
    const add = await screen.findByRole('dialog', { name: 'Lägg till lösenord' });
    await user.type(within(add).getByLabelText('Lösenord'), PASSWORD);
    await user.type(within(add).getByLabelText('Upprepa lösenordet'), PASSWORD);
    await user.click(within(add).getByRole('button', { name: 'Lägg till lösenord' }));
    expect(await screen.findByText('Registret är nu skyddat med lösenord.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('encryption-status')).toHaveTextContent('Skyddat med lösenord'));
    // Now it can be locked.
    expect(screen.getByRole('button', { name: 'Lås' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ta bort lösenord' }));
    const remove = await screen.findByRole('dialog', { name: 'Ta bort lösenordet?' });
    expect(within(remove).getByRole('alert')).toHaveTextContent('blir läsbara för den som kommer åt dem');
    await user.click(within(remove).getByRole('button', { name: 'Ta bort lösenordet' }));
    expect(await within(remove).findByText('Fältet måste fyllas i.')).toBeInTheDocument();
    await user.type(within(remove).getByLabelText('Nuvarande lösenord'), PASSWORD);
    await user.click(within(remove).getByRole('button', { name: 'Ta bort lösenordet' }));
    await waitFor(() => expect(screen.getByTestId('encryption-status')).toHaveTextContent('Inget lösenord'));
    expect((await h.call('register.current', {}))?.encrypted).toBe(false);
    expect(await opensWith(file, 'vad som helst')).toBe(true);
  });

  it('remembers and forgets the password where the desktop app has a key store', async () => {
    await openEncrypted({ host: 'electron', secretStore: fakeSecretStore() });
    const { user } = renderApp('/historik/losenord');
    expect(await screen.findByTestId('remembered-status')).toHaveTextContent('Lösenordet är inte sparat på den här datorn.');
    await user.click(screen.getByRole('switch', { name: 'Kom ihåg lösenordet på den här datorn' }));
    await waitFor(() => expect(screen.getByTestId('remembered-status')).toHaveTextContent('Lösenordet är sparat på den här datorn.'));
    expect(window.location.hash).toBe('#/historik/losenord');
    expect((await h.call('register.current', {}))?.passwordRemembered).toBe(true);
    await user.click(screen.getByRole('switch', { name: 'Kom ihåg lösenordet på den här datorn' }));
    await waitFor(() => expect(screen.getByTestId('remembered-status')).toHaveTextContent('inte sparat'));
    expect((await h.call('register.current', {}))?.passwordRemembered).toBe(false);
  });

  it('hides "Kom ihåg" with a reason where passwords cannot be kept, and stores the auto-lock choice', async () => {
    await openEncrypted();
    const { user } = renderApp('/historik/losenord');
    await screen.findByTestId('encryption-status');
    expect(screen.queryByRole('switch', { name: 'Kom ihåg lösenordet på den här datorn' })).not.toBeInTheDocument();
    expect(screen.getByTestId('key-store-note')).toHaveTextContent('Bara skrivbordsprogrammet kan komma ihåg lösenord');

    const select = screen.getByRole('combobox', { name: 'Lås automatiskt efter' });
    expect(select).toHaveDisplayValue('Aldrig');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Aldrig', '5 minuter', '10 minuter', '15 minuter', '30 minuter', '60 minuter']);
    await user.selectOptions(select, '10 minuter');
    await waitFor(async () => expect((await h.call('settings.get', {})).autoLockMinutes).toBe(10));
    await user.selectOptions(select, 'Aldrig');
    await waitFor(async () => expect((await h.call('settings.get', {})).autoLockMinutes).toBeNull());
  });

  it('disables the changes, saying why, while the register is open read-only', async () => {
    await openEncrypted({ readOnly: true });
    renderApp('/historik/losenord');
    expect(await screen.findByText('Registret är öppnat skrivskyddat, så lösenordet kan inte ändras nu.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Byt lösenord' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Ta bort lösenord' })).toBeDisabled();
  });
});

describe('the same register announced again', () => {
  it('updates the header without leaving the page; only another register starts from the overview', async () => {
    await openEncrypted();
    renderApp('/kunder');
    expect(await screen.findByRole('heading', { name: 'Kunder', level: 1 })).toBeInTheDocument();
    const info = (await h.call('register.current', {}))!;
    h.core.emit('register.opened', { ...info, organisationName: 'Omdöpta AB' });
    await waitFor(() => expect(screen.getByTestId('register-organisation')).toHaveTextContent('Omdöpta AB'));
    expect(window.location.hash).toBe('#/kunder');
    expect(screen.getByRole('heading', { name: 'Kunder', level: 1 })).toBeInTheDocument();

    h.core.emit('register.opened', { ...info, path: path.join(h.dir, 'annat.forteckna'), fileName: 'annat.forteckna' });
    await waitFor(() => expect(window.location.hash).toBe('#/'));
  });
});

describe('auto-lock', () => {
  it('locks an encrypted register after the chosen idle minutes, and activity starts the count again', async () => {
    const file = await openEncrypted();
    await h.call('settings.setAutoLock', { minutes: 5 });
    // Fake timers that also run on their own, so that the real core and the waits still work.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    renderApp();
    await screen.findByRole('navigation', { name: 'Huvudmeny' });

    // act: the idle state renders and its effect (the lock) runs before the core is asked.
    await act(async () => vi.advanceTimersByTime(4 * 60_000));
    fireEvent.mouseMove(document);
    await act(async () => vi.advanceTimersByTime(4 * 60_000));
    // Eight minutes in all, but never five without activity: still open.
    expect(await h.call('register.current', {})).not.toBeNull();
    expect(screen.getByTestId('register-organisation')).toHaveTextContent('Hemliga kunder AB');

    await act(async () => vi.advanceTimersByTime(60_000 + 1000));
    expect(await screen.findByRole('heading', { name: 'Registret är låst' })).toBeInTheDocument();
    expect(screen.getByTestId('locked-file')).toHaveTextContent(path.basename(file));
    expect(await h.call('register.current', {})).toBeNull();
  });

  it('never locks a register without a password', async () => {
    h = createHarness();
    await h.call('register.create', { organisationName: 'Öppet AB', path: path.join(h.dir, 'oppet.forteckna') });
    await h.call('settings.setAutoLock', { minutes: 5 });
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    renderApp();
    await screen.findByRole('navigation', { name: 'Huvudmeny' });
    await act(async () => vi.advanceTimersByTime(10 * 60_000));
    expect(await h.call('register.current', {})).not.toBeNull();
    expect(screen.queryByRole('heading', { name: 'Registret är låst' })).not.toBeInTheDocument();
  });
});

describe('exports from an encrypted register', () => {
  it('warn once that the exported file is not protected', async () => {
    await openEncrypted();
    const { user } = renderApp('/historik');
    const exportCsv = await screen.findByRole('button', { name: 'Exportera (CSV)' });
    await user.click(exportCsv);
    expect(await screen.findByText('Historiken är exporterad')).toBeInTheDocument();
    expect(await screen.findByText('Den sparade filen har inget lösenord')).toBeInTheDocument();

    await waitFor(() => expect(exportCsv).toBeEnabled());
    await user.click(exportCsv);
    await waitFor(() => expect(screen.getAllByText('Historiken är exporterad')).toHaveLength(2));
    expect(screen.getAllByText('Den sparade filen har inget lösenord')).toHaveLength(1);
  });

  it('say nothing of the kind for a register without a password', async () => {
    h = createHarness();
    await h.call('register.create', { organisationName: 'Öppet AB', path: path.join(h.dir, 'oppet.forteckna') });
    const { user } = renderApp('/historik');
    await user.click(await screen.findByRole('button', { name: 'Exportera (CSV)' }));
    expect(await screen.findByText('Historiken är exporterad')).toBeInTheDocument();
    expect(screen.queryByText('Den sparade filen har inget lösenord')).not.toBeInTheDocument();
  });
});

describe('restoring an encrypted backup', () => {
  it('asks for the password of a backup the open register cannot read, and says when it is wrong', async () => {
    // A backup made under one password; the register at that path now has another (a new salt).
    const file = await openEncrypted();
    await h.call('backups.create', {});
    await h.call('register.close', {});
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    await h.call('register.create', { organisationName: 'Hemliga kunder AB', path: file, password: NEW_PASSWORD });

    const { user } = renderApp('/historik/sakerhetskopior');
    const restore = await screen.findByRole('button', { name: /^Återställ säkerhetskopian från/ });
    await user.click(restore);
    await user.click(await screen.findByRole('button', { name: 'Återställ som ny fil' }));

    const prompt = await screen.findByRole('dialog', { name: 'Säkerhetskopian är lösenordsskyddad' });
    await user.type(within(prompt).getByLabelText('Lösenord'), NEW_PASSWORD);
    await user.click(within(prompt).getByRole('button', { name: 'Återställ' }));
    expect(await within(prompt).findByText(/^Fel lösenord/)).toBeInTheDocument();
    await user.type(within(prompt).getByLabelText('Lösenord'), PASSWORD);
    await user.click(within(prompt).getByRole('button', { name: 'Återställ' }));

    await waitFor(async () => expect((await h.call('register.current', {}))?.path).not.toBe(file));
    const restored = (await h.call('register.current', {}))!;
    expect(restored.encrypted).toBe(true);
    expect(await screen.findByText('Säkerhetskopian är återställd')).toBeInTheDocument();
  });
});
