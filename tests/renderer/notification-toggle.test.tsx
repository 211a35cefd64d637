import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { paths } from '../../renderer/app/paths';
import { AppStateProvider } from '../../renderer/app/state';
import { NotificationToggle } from '../../renderer/features/dashboard/NotificationToggle';
import { createI18n } from '../../renderer/i18n';
import { createHarness, openTestRegister, renderApp, type Harness, type HarnessOptions } from './harness';

// "Visa en avisering när något blir försenat" (the overview's reminder settings), and where a
// click on such a notification leads.

let h: Harness;
afterEach(() => h.dispose());

function renderToggle(options: HarnessOptions = {}) {
  h = createHarness(options);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={createI18n('sv')}>
      <MantineProvider env="test">
        <HashRouter>
          <AppStateProvider>
            <NotificationToggle />
          </AppStateProvider>
        </HashRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
  return user;
}

describe('the overdue notification switch', () => {
  it('is on from the start, and turning it off and on is kept in the settings', async () => {
    const user = renderToggle({ host: 'electron' });
    const toggle = await screen.findByRole('switch', { name: 'Visa en avisering när något blir försenat' });
    await waitFor(() => expect(toggle).toBeChecked());
    expect(screen.getByText(/säger till när registret öppnas och sedan en gång om dagen/)).toBeInTheDocument();

    await user.click(toggle);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect((await h.call('settings.get', {})).notifyOverdue).toBe(false);
    await user.click(toggle);
    await waitFor(() => expect(toggle).toBeChecked());
    expect((await h.call('settings.get', {})).notifyOverdue).toBe(true);
  });

  it('says outside the desktop app that only the desktop app shows notifications', async () => {
    renderToggle();
    await screen.findByRole('switch', { name: 'Visa en avisering när något blir försenat' });
    await waitFor(() =>
      expect(screen.getByText('Aviseringar visas bara i skrivbordsappen, inte när Förteckna körs i webbläsaren.')).toBeInTheDocument(),
    );
  });
});

describe('a click on a reminder', () => {
  it('opens the overview (app.menuCommand showOverview)', async () => {
    h = createHarness();
    await openTestRegister(h);
    renderApp(paths.customers.list);
    await waitFor(() => expect(window.location.hash).toBe(`#${paths.customers.list}`));
    act(() => h.core.emit('app.menuCommand', { command: 'showOverview' }));
    await waitFor(() => expect(window.location.hash).toBe('#/'));
  });
});
