import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

describe('an address that leads nowhere', () => {
  it('says the page does not exist, names the address and leads back to the overview', async () => {
    const { user } = renderApp('/gammal-lank');
    expect(await screen.findByRole('heading', { name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByText(/Adressen \/gammal-lank leder inte till någon sida/)).toBeInTheDocument();
    // Not the old placeholder for areas still to be built.
    expect(screen.queryByText('Kommer snart')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Till översikten' }));
    expect(await screen.findByRole('heading', { name: 'Översikt' })).toBeInTheDocument();
  });

  it('is what an address that cannot name a record shows, while a record that is gone says so', async () => {
    for (const address of ['/pub-avtal/ny', '/kunder/abc']) {
      const { unmount } = renderApp(address);
      expect(await screen.findByRole('heading', { name: 'Sidan finns inte' }), address).toBeInTheDocument();
      unmount();
    }
    renderApp('/kunder/999');
    expect(await screen.findByText('Posten finns inte längre.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sidan finns inte' })).not.toBeInTheDocument();
  });
});
