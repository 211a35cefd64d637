import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyService, type SubprocessorFields } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// The processor register for all customers, the sub-processor form and the matrix.

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

const subprocessor = (name: string, country: string, transferMechanism: SubprocessorFields['transferMechanism']): SubprocessorFields => ({
  name,
  orgNr: '',
  country,
  address: '',
  website: '',
  contactName: '',
  contactEmail: '',
  serviceDescription: 'Lagring',
  dataProcessed: '',
  processingLocations: '',
  transferMechanism,
  sccModule: null,
  transferNotes: '',
  agreementDate: '2025-01-15',
  agreementNotes: '',
  status: 'active',
  notes: '',
});

async function seed(customers: number) {
  const vault = await h.call('subprocessors.create', subprocessor('Valvet AB', 'SE', 'none_eea'));
  const cloud = await h.call('subprocessors.create', subprocessor('Moln Inc', 'US', 'adequacy_us_dpf'));
  const service = (name: string, subprocessorIds: number[]) =>
    h.call('services.create', { ...emptyService, name, subjectMatter: name, subprocessorIds, endOfContractAction: 'delete' });
  const backup = await service('Backup', [vault.id]);
  const hosting = await service('Hosting', [cloud.id]);
  const ids: number[] = [];
  for (let i = 0; i < customers; i++) {
    const c = await h.call('customers.create', {
      name: `Kund ${String(i).padStart(3, '0')} AB`,
      orgNr: '',
      visitingAddress: { street: '', postalCode: '', city: '', country: '' },
      invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
      invoiceSameAsVisiting: true,
      contactPersons: [],
      dpo: { name: '', email: '', phone: '' },
      contractStart: null,
      contractEnd: null,
      status: 'active',
      notes: '',
    });
    ids.push(c.id);
    const subscribe = (serviceId: number) =>
      h.call('subscriptions.create', {
        customerId: c.id,
        serviceId,
        startDate: '2025-01-01',
        endDate: null,
        notes: '',
        addedTermIds: [],
        removedTermIds: [],
        addedSubprocessorIds: [],
        removedSubprocessorIds: [],
      });
    await subscribe(backup.id);
    if (i % 2 === 0) await subscribe(hosting.id);
  }
  return { vault, cloud, ids };
}

describe('processor register and sub-processors', () => {
  it('lists one row per customer and service, renders only what is in view, filters and opens the customer', async () => {
    const { ids } = await seed(60);
    const { user } = renderApp('/bitradesregister');
    const table = await screen.findByRole('table', { name: 'Biträdesregister' });
    expect(await screen.findByText('90 poster för 60 kunder')).toBeInTheDocument();
    const first = await within(table).findByRole('row', { name: 'Kund 000 AB – Hosting' });
    expect(first).toHaveTextContent('USA, DPF: Moln Inc');
    expect(within(table).getByRole('row', { name: 'Kund 000 AB – Backup' })).toHaveTextContent('Valvet AB');
    expect(within(table).getAllByRole('row').length).toBeLessThan(50);

    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'kund 059');
    expect(await screen.findByText('1 post för 1 kund')).toBeInTheDocument();
    await user.click(within(table).getByRole('row', { name: 'Kund 059 AB – Backup' }));
    expect(await screen.findByRole('heading', { name: 'Kund 059 AB' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/kunder/${ids[59]}`);

    // Another day: before anyone subscribed, the register is empty.
    await user.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Biträdesregister' }));
    const onDate = await screen.findByRole('textbox', { name: 'Per datum' });
    await user.clear(onDate);
    await user.type(onDate, '2024-12-31');
    expect(await screen.findByText('Inga kunder har någon tjänst det här datumet.')).toBeInTheDocument();
  });

  it('shows the matrix of sub-processors × customers with the services behind each tick', async () => {
    await seed(3);
    renderApp('/underbitraden/matris');
    const table = await screen.findByRole('table', { name: 'Underbiträden per kund' });
    const even = await within(table).findByRole('row', { name: 'Kund 000 AB' });
    expect(within(even).getByRole('img', { name: 'Valvet AB genom Backup' })).toBeInTheDocument();
    expect(within(even).getByRole('img', { name: 'Moln Inc genom Hosting' })).toBeInTheDocument();
    const odd = within(table).getByRole('row', { name: 'Kund 001 AB' });
    expect(within(odd).getByRole('img', { name: 'Valvet AB genom Backup' })).toBeInTheDocument();
    expect(within(odd).queryByRole('img', { name: /Moln Inc/ })).not.toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /Moln Inc/ })).toHaveTextContent('2 kunder');
  });

  it('asks for the SCC module, explains the country and refuses to delete a sub-processor in use', async () => {
    const { vault } = await seed(1);
    const { user } = renderApp('/underbitraden/ny');
    await user.type(await screen.findByRole('textbox', { name: 'Namn' }), 'Tokyo Data KK');
    await user.click(screen.getByRole('combobox', { name: 'Land där uppgifterna behandlas' }));
    await user.click(await screen.findByRole('option', { name: 'Japan' }));
    expect(await screen.findByText('Japan har ett beslut om adekvat skyddsnivå ((EU) 2019/419) som gäller APPI.')).toBeInTheDocument();

    expect(screen.queryByRole('combobox', { name: 'Modul i standardavtalsklausulerna' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Överföringsmekanism' }));
    await user.click(await screen.findByRole('option', { name: 'Standardavtalsklausuler (art. 46.2 c)' }));
    const module = await screen.findByRole('combobox', { name: 'Modul i standardavtalsklausulerna' });
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(module).toHaveAttribute('aria-invalid', 'true'));
    expect((await h.call('subprocessors.list', {})).some((s) => s.name === 'Tokyo Data KK')).toBe(false);

    await user.click(module);
    await user.click(await screen.findByRole('option', { name: 'Modul 3: personuppgiftsbiträde till underbiträde' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('heading', { name: 'Tokyo Data KK' })).toBeInTheDocument();
    const saved = (await h.call('subprocessors.list', {})).find((s) => s.name === 'Tokyo Data KK')!;
    expect(saved).toMatchObject({ country: 'JP', transferMechanism: 'scc_2021_914', sccModule: 'P2P', thirdCountry: true });

    // One that a service uses cannot be deleted.
    window.location.hash = `#/underbitraden/${vault.id}`;
    await screen.findByRole('heading', { name: 'Valvet AB' });
    expect(screen.getByRole('region', { name: 'Används av' })).toHaveTextContent('Backup');
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText(/kan inte tas bort/)).toBeInTheDocument();
    expect((await h.call('subprocessors.list', {})).some((s) => s.id === vault.id)).toBe(true);
  });
});
