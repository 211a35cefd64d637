import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCustomer, type CustomerFields } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

const fields = (name: string, orgNr = ''): CustomerFields => ({
  ...emptyCustomer,
  name,
  orgNr,
  visitingAddress: { street: 'Storgatan 1', postalCode: '111 22', city: 'Stockholm', country: 'Sverige' },
});

describe('customers', () => {
  it('focuses "Skapa PUB-avtal" when opened from the overview\'s "no agreement" item', async () => {
    const customer = await h.call('customers.create', fields('Avtalslösa AB'));
    renderApp(`/kunder/${customer.id}?falt=agreements`);
    const create = await screen.findByRole('button', { name: 'Skapa PUB-avtal' });
    await waitFor(() => expect(create).toHaveFocus());
  });

  it('shows per-field errors in Swedish for a bad organisationsnummer and a missing name', async () => {
    const { user } = renderApp('/kunder/ny');
    await user.type(await screen.findByRole('textbox', { name: 'Organisationsnummer' }), '556677-8890');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(
      await screen.findByText('Organisationsnumret stämmer inte – kontrollsiffran är fel. Kontrollera siffrorna.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Organisationsnummer' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription(expect.stringContaining('Fältet måste fyllas i.'));
    expect((await h.call('customers.list', {})).total).toBe(0);
  });

  it('creates a customer that then shows in the list, and the search filters it', async () => {
    const { user } = renderApp('/kunder');
    await user.click(await screen.findByRole('button', { name: 'Ny kund' }));
    await user.type(await screen.findByRole('textbox', { name: 'Namn' }), 'Acme Drift AB');
    await user.type(screen.getByRole('textbox', { name: 'Organisationsnummer' }), '5566778899');
    await user.type(screen.getByRole('textbox', { name: 'Ort' }), 'Umeå');
    await user.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    await user.type(screen.getByRole('textbox', { name: 'Kontaktperson 1' }), 'Eva Ek');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByRole('heading', { name: 'Acme Drift AB' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Organisationsnummer' })).toHaveValue('556677-8899');

    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Kunder' }));
    const table = await screen.findByRole('table', { name: 'Kunder' });
    const row = await within(table).findByRole('row', { name: 'Acme Drift AB' });
    expect(row).toHaveTextContent('556677-8899');
    expect(row).toHaveTextContent('Umeå');
    expect(row).toHaveTextContent('Eva Ek');
    expect(row).toHaveTextContent('Aktiv');

    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'finns inte');
    expect(await screen.findByText('Inga kunder matchar sökningen.')).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: 'Acme Drift AB' })).not.toBeInTheDocument();
  });

  it('renders only the visible rows of a long list and sorts on the server', async () => {
    for (let i = 0; i < 250; i++) await h.call('customers.create', fields(`Kund ${String(i).padStart(3, '0')}`));
    const { user } = renderApp('/kunder');
    const table = await screen.findByRole('table', { name: 'Kunder' });
    await within(table).findByRole('row', { name: 'Kund 000' });
    expect(screen.getByText('250 kunder')).toBeInTheDocument();
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeLessThan(60);

    await user.click(within(table).getByRole('button', { name: 'Sortera efter Namn' }));
    expect(await within(table).findByRole('row', { name: 'Kund 249' })).toBeInTheDocument();
    expect(within(table).queryByRole('row', { name: 'Kund 000' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Avslutade' }));
    expect(await screen.findByText('Inga kunder matchar sökningen.')).toBeInTheDocument();
    expect(screen.getByText('0 kunder')).toBeInTheDocument();
  });

  it('follows a change made in another window by itself', async () => {
    await h.call('customers.create', fields('Alfa AB'));
    renderApp('/kunder');
    const table = await screen.findByRole('table', { name: 'Kunder' });
    await within(table).findByRole('row', { name: 'Alfa AB' });

    // Another window adds a customer: the list reloads by itself (data.changed).
    await h.call('customers.create', fields('Beta AB'));
    expect(await within(table).findByRole('row', { name: 'Beta AB' })).toBeInTheDocument();
    expect(screen.getByText('2 kunder')).toBeInTheDocument();
  });

  it('shows the conflict message on a stale save and loads the latest version on request', async () => {
    const created = await h.call('customers.create', fields('Bolaget AB'));
    const { user } = renderApp(`/kunder/${created.id}`);
    const name = await screen.findByRole('textbox', { name: 'Namn' });
    expect(name).toHaveValue('Bolaget AB');

    // Someone else (another window) saves first.
    await h.call('customers.update', { id: created.id, revision: created.revision, fields: fields('Bolaget i Norr AB') });

    await user.type(screen.getByRole('textbox', { name: 'Anteckningar' }), 'Min ändring');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await screen.findByText('Någon annan har ändrat posten sedan du öppnade den. Dina ändringar har inte sparats.'),
    ).toBeInTheDocument();
    expect((await h.call('customers.get', { id: created.id })).notes).toBe('');

    await user.click(screen.getByRole('button', { name: 'Läs in senaste versionen' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveValue('Bolaget i Norr AB'));
    expect(screen.getByRole('textbox', { name: 'Anteckningar' })).toHaveValue('');
  });

  it('archives and deletes a customer after confirmation', async () => {
    const created = await h.call('customers.create', fields('Tillfälligt AB'));
    const { user } = renderApp(`/kunder/${created.id}`);
    await user.click(await screen.findByRole('button', { name: 'Arkivera' }));
    expect(await screen.findByRole('button', { name: 'Återställ från arkivet' })).toBeInTheDocument();
    expect((await h.call('customers.get', { id: created.id })).archivedAt).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByRole('table', { name: 'Kunder' })).toBeInTheDocument();
    expect((await h.call('customers.list', { includeArchived: true })).total).toBe(0);
  });
});
