import fs from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { memorySettings } from '../../electron/core/settings/settings-stores';
import { createHarness, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.dispose());

describe('welcome screen', () => {
  it('creates a register and shows the main layout with the register in the header', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Nytt register' }));
    await user.type(screen.getByRole('textbox', { name: 'Organisationens namn' }), 'Testbolaget AB');
    await user.click(screen.getByRole('button', { name: 'Skapa register' }));

    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    for (const name of ['Översikt', 'Behandlingar', 'Kunder', 'Tjänster', 'Underbiträden', 'PUB-avtal', 'Gallring', 'Organisation']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByTestId('register-organisation')).toHaveTextContent('Testbolaget AB');
    expect(screen.getByTestId('register-file')).toHaveTextContent('Testbolaget AB.forteckna');
    // Browser-like host without dialogs: the user is told where the file went.
    expect(await screen.findByText(/Registret sparades i .*Testbolaget AB\.forteckna/)).toBeInTheDocument();
    // A new register's profile is incomplete: the overview's to-do list says so.
    expect(await screen.findByText(/^Organisationsprofilen saknar/)).toBeInTheDocument();
    expect((await h.call('register.current', {}))?.organisationName).toBe('Testbolaget AB');
  });

  it('refuses an empty organisation name with a Swedish message', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Nytt register' }));
    await user.click(screen.getByRole('button', { name: 'Skapa register' }));
    expect(await screen.findByText('Fältet måste fyllas i.')).toBeInTheDocument();
    expect(await h.call('register.current', {})).toBeNull();
  });

  it('lists recent files and returns to the welcome screen when the register is closed', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Nytt register' }));
    await user.type(screen.getByRole('textbox', { name: 'Organisationens namn' }), 'Kund ett AB');
    await user.click(screen.getByRole('button', { name: 'Skapa register' }));
    await user.click(await screen.findByRole('button', { name: 'Stäng register' }));

    const recent = await screen.findByRole('button', { name: /Öppna Kund ett AB/ });
    await user.click(recent);
    expect(await screen.findByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
  });

  it('opens the sample register with progress', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Öppna exempelregistret' }));
    await waitFor(() => expect(screen.getByTestId('register-organisation')).toHaveTextContent('Exempel IT AB'), { timeout: 20_000 });
  });
});

describe('welcome screen: files and menu', () => {
  it('opens a register by path when the host has no file dialogs', async () => {
    const info = await h.call('register.create', { organisationName: 'Sökväg AB', path: `${h.dir}/sokvag.forteckna` });
    await h.call('register.close', {});
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Öppna register' }));
    await user.type(screen.getByRole('textbox', { name: 'Sökväg till registerfilen' }), info!.path);
    await user.click(screen.getByRole('button', { name: 'Öppna' }));
    await waitFor(() => expect(screen.getByTestId('register-organisation')).toHaveTextContent('Sökväg AB'));
  });

  it('shows a missing file in the recent list and removes it from the list', async () => {
    const info = await h.call('register.create', { organisationName: 'Borta AB', path: `${h.dir}/borta.forteckna` });
    await h.call('register.close', {});
    fs.rmSync(info!.path);
    const { user } = renderApp();
    expect(await screen.findByText('Filen saknas')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Öppna Borta AB/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Ta bort Borta AB från listan' }));
    await waitFor(() => expect(screen.queryByText('Borta AB')).not.toBeInTheDocument());
    expect((await h.call('settings.get', {})).recentFiles).toHaveLength(0);
  });

  it('follows native menu commands (new register, about, close)', async () => {
    await h.call('register.create', { organisationName: 'Meny AB', path: `${h.dir}/meny.forteckna` });
    const { user } = renderApp();
    await screen.findByRole('navigation', { name: 'Huvudmeny' });

    h.core.emit('app.menuCommand', { command: 'about' });
    const about = await screen.findByRole('dialog', { name: 'Om Förteckna' });
    await user.click(within(about).getByRole('button', { name: 'Stäng' }));

    h.core.emit('app.menuCommand', { command: 'newRegister' });
    expect(await screen.findByRole('textbox', { name: 'Organisationens namn' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));

    h.core.emit('app.menuCommand', { command: 'closeRegister' });
    expect(await screen.findByRole('button', { name: 'Nytt register' })).toBeInTheDocument();
  });
});

describe('a register someone else has open (issue 12, fault 2)', () => {
  it('names who holds it, opens it read-only on "Öppna skrivskyddat", shows a banner, and refuses changes', async () => {
    // Another window or process holds the file: here a second core with it open.
    const file = path.join(h.dir, 'delat.forteckna');
    const other = createCore({
      host: 'test',
      version: '0.0.0-test',
      dataFolder: h.dir,
      settings: memorySettings(),
      logError: () => undefined,
    });
    try {
      const created = await other.dispatch('register.create', { organisationName: 'Delat AB', path: file });
      expect(created.ok).toBe(true);

      const { user } = renderApp();
      await user.click(await screen.findByRole('button', { name: 'Öppna register' }));
      await user.type(screen.getByRole('textbox', { name: 'Sökväg till registerfilen' }), file);
      await user.click(screen.getByRole('button', { name: 'Öppna' }));

      const dialog = await screen.findByRole('dialog', { name: 'Registret är redan öppet' });
      expect(within(dialog).getByText(new RegExp(`öppet hos .* på datorn ${os.hostname()} sedan`))).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: 'Öppna skrivskyddat' }));

      expect(await screen.findByTestId('read-only-banner')).toHaveTextContent(/Skrivskyddat – öppnat medan .* har det öppet/);
      expect(screen.getByTestId('register-organisation')).toHaveTextContent('Delat AB');
      const current = await h.call('register.current', {});
      expect(current?.readOnly?.reason).toBe('locked');
      // Refused before it runs, whatever the input.
      const write = await h.api.call('customers.create', {} as never);
      expect(write.ok ? null : write.error.code).toBe('READ_ONLY');
    } finally {
      other.close();
    }
  });

  it('Avbryt leaves the welcome screen as it was', async () => {
    const file = path.join(h.dir, 'delat.forteckna');
    const other = createCore({
      host: 'test',
      version: '0.0.0-test',
      dataFolder: h.dir,
      settings: memorySettings(),
      logError: () => undefined,
    });
    try {
      await other.dispatch('register.create', { organisationName: 'Delat AB', path: file });
      const { user } = renderApp();
      await user.click(await screen.findByRole('button', { name: 'Öppna register' }));
      await user.type(screen.getByRole('textbox', { name: 'Sökväg till registerfilen' }), file);
      await user.click(screen.getByRole('button', { name: 'Öppna' }));
      const dialog = await screen.findByRole('dialog', { name: 'Registret är redan öppet' });
      await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Registret är redan öppet' })).not.toBeInTheDocument());
      expect(await h.call('register.current', {})).toBeNull();
    } finally {
      other.close();
    }
  });
});
