import fs from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, fakeSecretStore, renderApp, type Harness, type HarnessOptions } from './harness';

// The unlock screen (issue 13): an encrypted register opened from anywhere waits here for its
// password; a wrong one says so, a pause follows repeated ones, Ctrl+L and the menu lock again.

const PASSWORD = 'hemligt lösenord 1';
const WRONG = 'fel lösenord';

let h: Harness;
afterEach(() => {
  h.dispose();
  notifications.clean(); // the notification store outlives the rendered app
});

/** An encrypted register, closed again: the next open asks for its password. */
async function encryptedRegister(options: HarnessOptions = {}, name = 'Hemliga kunder AB') {
  h = createHarness(options);
  const file = path.join(h.dir, 'hemligt.forteckna');
  await h.call('register.create', { organisationName: name, path: file, password: PASSWORD });
  await h.call('register.close', {});
  return file;
}

const unlockHeading = () => screen.findByRole('heading', { name: 'Registret är låst' });
const passwordField = () => screen.getByLabelText('Lösenord');
const unlockButton = () => screen.getByRole('button', { name: 'Lås upp' });

describe('unlock screen', () => {
  it('opens from the recent list; shows only the file name; a wrong password says so and the right one opens', async () => {
    await encryptedRegister();
    const { user } = renderApp();
    // The list shows the file name with a lock, never the organisation inside.
    const recent = await screen.findByRole('button', { name: /Öppna hemligt\.forteckna/ });
    expect(within(recent).getByRole('img', { name: 'Skyddat med lösenord' })).toBeInTheDocument();
    expect(screen.queryByText('Hemliga kunder AB')).not.toBeInTheDocument();
    await user.click(recent);

    await unlockHeading();
    expect(screen.getByTestId('locked-file')).toHaveTextContent('hemligt.forteckna');
    expect(screen.queryByText(/Hemliga kunder AB/)).not.toBeInTheDocument();
    // No toast for the password the register needs: the screen is the answer.
    expect(screen.queryByText('Något gick fel')).not.toBeInTheDocument();
    await waitFor(() => expect(passwordField()).toHaveFocus());
    // The test host keeps no passwords: a hint instead of the checkbox.
    expect(screen.queryByRole('checkbox', { name: 'Kom ihåg lösenordet på den här datorn' })).not.toBeInTheDocument();
    expect(screen.getByTestId('key-store-note')).toHaveTextContent('Bara skrivbordsprogrammet kan komma ihåg lösenord');

    await user.type(passwordField(), `${WRONG}{Enter}`);
    expect(await screen.findByText('Fel lösenord. Kontrollera stora och små bokstäver och försök igen.')).toBeInTheDocument();
    expect(passwordField()).toHaveValue('');
    expect(passwordField()).toHaveFocus();

    await user.type(passwordField(), PASSWORD);
    await user.click(unlockButton());
    await waitFor(() => expect(screen.getByTestId('register-organisation')).toHaveTextContent('Hemliga kunder AB'));
    expect((await h.call('register.current', {}))?.encrypted).toBe(true);
    // The header offers the lock for an encrypted register.
    expect(screen.getByRole('button', { name: 'Lås' })).toBeInTheDocument();
  });

  it('after repeated wrong passwords disables "Lås upp" with a countdown, then lets the user try again', async () => {
    await encryptedRegister();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /Öppna hemligt\.forteckna/ }));
    await unlockHeading();
    for (let i = 0; i < 3; i++) {
      await waitFor(() => expect(unlockButton()).toBeEnabled());
      await user.type(passwordField(), `${WRONG} ${i}{Enter}`);
      await waitFor(() => expect(passwordField()).toHaveValue(''));
    }
    // The third wrong one starts a pause (1 s): said, counted down, and the button waits.
    expect(await screen.findByText(/Fel lösenord\. Vänta \d+ s innan du försöker igen\./)).toBeInTheDocument();
    expect(screen.getByTestId('unlock-wait')).toHaveTextContent(/Du kan försöka igen om \d+ s\./);
    expect(unlockButton()).toBeDisabled();

    await waitFor(() => expect(unlockButton()).toBeEnabled());
    expect(screen.queryByTestId('unlock-wait')).not.toBeInTheDocument();
    await user.type(passwordField(), `${PASSWORD}{Enter}`);
    await waitFor(() => expect(screen.getByTestId('register-organisation')).toHaveTextContent('Hemliga kunder AB'));
  });

  it('"Öppna en annan fil" goes back to the welcome page and nothing waits any more', async () => {
    await encryptedRegister();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /Öppna hemligt\.forteckna/ }));
    await unlockHeading();
    await user.click(screen.getByRole('button', { name: 'Öppna en annan fil' }));
    expect(await screen.findByRole('button', { name: 'Nytt register' })).toBeInTheDocument();
    expect(await h.call('register.lockedFile', {})).toBeNull();
  });

  it('shows at start-up when the host opened an encrypted register without its password', async () => {
    const file = await encryptedRegister();
    // As the desktop app does with the last register, a double-clicked file or the command line.
    const answer = await h.api.call('register.open', { path: file });
    expect(answer.ok ? null : answer.error.code).toBe('PASSWORD_REQUIRED');
    const { user } = renderApp();
    await unlockHeading();
    await user.type(passwordField(), `${PASSWORD}{Enter}`);
    await waitFor(() => expect(screen.getByTestId('register-organisation')).toHaveTextContent('Hemliga kunder AB'));
  });

  it('opens by path (browser mode) on the unlock screen, without an error', async () => {
    const file = await encryptedRegister();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Öppna register' }));
    await user.type(screen.getByRole('textbox', { name: 'Sökväg till registerfilen' }), file);
    await user.click(screen.getByRole('button', { name: 'Öppna' }));
    await unlockHeading();
    expect(screen.queryByRole('dialog', { name: 'Öppna register' })).not.toBeInTheDocument();
    expect(screen.queryByText('Registret är lösenordsskyddat. Ange lösenordet för att låsa upp det.')).not.toBeInTheDocument();
  });

  it('a file gone meanwhile is said in a toast, and the unlock screen stays', async () => {
    const file = await encryptedRegister();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /Öppna hemligt\.forteckna/ }));
    await unlockHeading();
    // Moved away meanwhile.
    fs.rmSync(file);
    await user.type(passwordField(), `${PASSWORD}{Enter}`);
    expect(await screen.findByText('Något gick fel')).toBeInTheDocument();
    expect(await unlockHeading()).toBeInTheDocument();
  });
});

describe('unlock screen over an open register', () => {
  it('asks for the password while the open register stays open, and "Tillbaka" returns to it', async () => {
    const file = await encryptedRegister();
    await h.call('register.create', { organisationName: 'Öppet AB', path: path.join(h.dir, 'oppet.forteckna') });
    const { user } = renderApp('/kunder');
    await screen.findByRole('heading', { name: 'Kunder', level: 1 });
    // As the menu's "Öppna register…" does with the file the user picked.
    const answer = await h.api.call('register.open', { path: file });
    expect(answer.ok ? null : answer.error.code).toBe('PASSWORD_REQUIRED');
    await unlockHeading();
    expect((await h.call('register.current', {}))?.organisationName).toBe('Öppet AB');
    await user.click(screen.getByRole('button', { name: 'Tillbaka till det öppna registret' }));
    expect(await screen.findByRole('heading', { name: 'Kunder', level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId('register-organisation')).toHaveTextContent('Öppet AB');
  });
});

describe('locking', () => {
  it('Ctrl+L and the menu command lock the register and return to its unlock screen', async () => {
    const file = await encryptedRegister();
    await h.call('register.open', { path: file, password: PASSWORD });
    const { user } = renderApp('/organisation');
    // Also while typing in a field.
    const field = await screen.findByRole('textbox', { name: 'Organisationsnummer' });
    await user.click(field);
    await user.keyboard('{Control>}l{/Control}');
    await unlockHeading();
    expect(screen.getByTestId('locked-file')).toHaveTextContent('hemligt.forteckna');
    expect(await h.call('register.current', {})).toBeNull();

    await user.type(passwordField(), `${PASSWORD}{Enter}`);
    await screen.findByRole('navigation', { name: 'Huvudmeny' });
    h.core.emit('app.menuCommand', { command: 'lockRegister' });
    await unlockHeading();

    // The header's button does the same.
    await user.type(passwordField(), `${PASSWORD}{Enter}`);
    await user.click(await screen.findByRole('button', { name: 'Lås' }));
    await unlockHeading();
  });

  it('offers no lock for a register without a password', async () => {
    h = createHarness();
    await h.call('register.create', { organisationName: 'Öppet AB', path: path.join(h.dir, 'oppet.forteckna') });
    renderApp();
    await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(screen.queryByRole('button', { name: 'Lås' })).not.toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'l', code: 'KeyL', ctrlKey: true });
    h.core.emit('app.menuCommand', { command: 'lockRegister' });
    // Still open, and nothing went wrong.
    expect(await h.call('register.current', {})).not.toBeNull();
    expect(screen.getByTestId('register-organisation')).toHaveTextContent('Öppet AB');
    expect(screen.queryByText('Något gick fel')).not.toBeInTheDocument();
  });
});

describe('remembering the password', () => {
  it('in the desktop app with a key store: "Kom ihåg lösenordet" keeps it, and the next open needs none', async () => {
    const file = await encryptedRegister({ host: 'electron', secretStore: fakeSecretStore() });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /Öppna hemligt\.forteckna/ }));
    await unlockHeading();
    await user.click(screen.getByRole('checkbox', { name: 'Kom ihåg lösenordet på den här datorn' }));
    await user.type(passwordField(), `${PASSWORD}{Enter}`);
    await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect((await h.call('register.current', {}))?.passwordRemembered).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Stäng register' }));
    await user.click(await screen.findByRole('button', { name: /Öppna hemligt\.forteckna/ }));
    await waitFor(() => expect(screen.getByTestId('register-organisation')).toHaveTextContent('Hemliga kunder AB'));
    expect(screen.queryByRole('heading', { name: 'Registret är låst' })).not.toBeInTheDocument();
    expect((await h.call('register.current', {}))?.path).toBe(file);
  });

  it('in the desktop app without a key store: no checkbox, and why', async () => {
    await encryptedRegister({ host: 'electron', secretStore: fakeSecretStore(false) });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: /Öppna hemligt\.forteckna/ }));
    await unlockHeading();
    expect(screen.queryByRole('checkbox', { name: 'Kom ihåg lösenordet på den här datorn' })).not.toBeInTheDocument();
    expect(screen.getByTestId('key-store-note')).toHaveTextContent('systemet saknar en nyckelring');
  });
});
