import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

describe('language', () => {
  it('switches the navigation to English and remembers the choice', async () => {
    const { user } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Kunder' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    const navEn = await screen.findByRole('navigation', { name: 'Main menu' });
    expect(within(navEn).getByRole('link', { name: 'Customers' })).toBeInTheDocument();
    expect(within(navEn).getByRole('link', { name: 'Overview' })).toBeInTheDocument();
    expect(within(navEn).queryByRole('link', { name: 'Kunder' })).not.toBeInTheDocument();
    await waitFor(async () => expect((await h.call('settings.get', {})).language).toBe('en'));
  });

  it('follows a language change made elsewhere (settings.changed)', async () => {
    renderApp('/');
    await screen.findByRole('navigation', { name: 'Huvudmeny' });
    await h.call('settings.setLanguage', { language: 'en' });
    expect(await screen.findByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  });

  it('shows the requests area in the language chosen', async () => {
    const { user } = renderApp('/arenden');
    expect(await screen.findByRole('heading', { name: 'Begäranden och incidenter' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /^Incidenter/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Requests and incidents' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /^Breaches/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New request' })).toBeInTheDocument();
  });
});
