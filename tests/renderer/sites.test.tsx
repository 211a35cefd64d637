import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCustomer, emptyEquipment, emptySite } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// A customer's sites and equipment on the customer page, and one device's page.

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

describe('sites and equipment', () => {
  it('adds a site in a dialog, lists its devices and refuses to delete it while a device stands there', async () => {
    const customer = await h.call('customers.create', { ...emptyCustomer, name: 'Köpings Bygg AB' });
    const { user } = renderApp(`/kunder/${customer.id}`);
    expect(await screen.findByText(/Kunden har inga platser ännu/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ny plats' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Platsens namn' }), 'Kontoret');
    await user.click(within(dialog).getByRole('button', { name: 'Spara plats' }));
    const office = await screen.findByRole('article', { name: 'Kontoret' });
    expect(within(office).getByText('Ingen utrustning på platsen.')).toBeInTheDocument();

    // A device placed there from elsewhere shows up by itself, linked to its page.
    const [site] = await h.call('sites.list', { customerId: customer.id });
    await h.call('equipment.create', { customerId: customer.id, siteId: site!.id, fields: { ...emptyEquipment, hostname: 'kbm-srv01' } });
    const table = await within(office).findByRole('table', { name: 'Kontoret' });
    expect(within(table).getByRole('link', { name: 'kbm-srv01' })).toHaveAttribute(
      'href',
      expect.stringContaining('/kundplatser/utrustning/'),
    );

    await user.click(screen.getByRole('button', { name: 'Ta bort Kontoret' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText(/Enheter på platsen: 1\./)).toBeInTheDocument();
    expect(await h.call('sites.list', { customerId: customer.id })).toHaveLength(1);
  });

  it('offers the latest version when a site was changed in another window meanwhile', async () => {
    const customer = await h.call('customers.create', { ...emptyCustomer, name: 'Köpings Bygg AB' });
    const site = await h.call('sites.create', { customerId: customer.id, fields: { ...emptySite, name: 'Lagret' } });
    const { user } = renderApp(`/kunder/${customer.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ändra Lagret' }));
    const dialog = await screen.findByRole('dialog');
    await h.call('sites.update', { id: site.id, revision: site.revision, fields: { ...emptySite, name: 'Lagret väst' } });

    await user.type(within(dialog).getByRole('textbox', { name: 'Ort' }), 'Köping');
    await user.click(within(dialog).getByRole('button', { name: 'Spara plats' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Läs in senaste versionen' }));
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Platsens namn' })).toHaveValue('Lagret väst'));
    expect(within(dialog).getByRole('textbox', { name: 'Ort' })).toHaveValue('');
  });

  it('creates a device at a site and deletes it, back to its customer', async () => {
    const customer = await h.call('customers.create', { ...emptyCustomer, name: 'Köpings Bygg AB' });
    const site = await h.call('sites.create', { customerId: customer.id, fields: { ...emptySite, name: 'Kontoret' } });
    const { user } = renderApp(`/kundplatser/utrustning/ny?kund=${customer.id}&plats=${site.id}`);
    await user.type(await screen.findByRole('textbox', { name: 'Värdnamn' }), 'kbm-fw01');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('heading', { name: 'kbm-fw01' })).toBeInTheDocument();
    expect(await screen.findByText('Står nu: Kontoret')).toBeInTheDocument();
    const [device] = (await h.call('equipment.list', { customerId: customer.id })).items;
    const onNewPage = screen.getByRole('button', { name: 'Ta bort' });
    await waitFor(() => expect(window.location.hash).toBe(`#/kundplatser/utrustning/${device!.id}`));
    // The device's own route loads it afresh and replaces the page; a click on the page being replaced would be lost.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ta bort' })).not.toBe(onNewPage));

    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByRole('heading', { name: 'Köpings Bygg AB' })).toBeInTheDocument();
    expect((await h.call('equipment.list', { customerId: customer.id })).total).toBe(0);
  });
});
