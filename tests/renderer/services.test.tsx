import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyService, type CustomerFields, type ServiceFields, type SubprocessorFields } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

const customer = (name: string): CustomerFields => ({
  name,
  orgNr: '556677-8899',
  visitingAddress: { street: '', postalCode: '', city: 'Västerås', country: '' },
  invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
  invoiceSameAsVisiting: true,
  contactPersons: [],
  dpo: { name: '', email: '', phone: '' },
  contractStart: null,
  contractEnd: null,
  status: 'active',
  notes: '',
});

const subprocessor = (name: string, country: string, transferMechanism: SubprocessorFields['transferMechanism']): SubprocessorFields => ({
  name,
  orgNr: '',
  country,
  address: '',
  website: '',
  contactName: '',
  contactEmail: '',
  serviceDescription: 'Lagring av säkerhetskopior',
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

async function termId(code: string): Promise<number> {
  const term = (await h.call('vocabularies.list', {})).find((t) => t.code === code);
  if (!term) throw new Error(`no term ${code}`);
  return term.id;
}

async function serviceFields(name: string, subprocessorIds: number[] = []): Promise<ServiceFields> {
  return {
    ...emptyService,
    name,
    subjectMatter: 'Säkerhetskopiering av kundens servrar',
    purpose: 'Att kunna återställa kundens data',
    nature: ['storage', 'retrieval'],
    processingTermIds: [await termId('backup')],
    personalDataTermIds: [await termId('contact')],
    dataSubjectTermIds: [await termId('customer_end_user')],
    subprocessorIds,
  };
}

/** Picks options in a Mantine (Multi)Select: opens it by its label and clicks each option. */
async function pick(user: ReturnType<typeof renderApp>['user'], label: string, options: string[]) {
  for (const option of options) {
    await user.click(screen.getByRole('combobox', { name: label }));
    await user.click(await screen.findByRole('option', { name: option }));
  }
  await user.keyboard('{Escape}');
}

describe('services', () => {
  it('creates a service through the form and shows its completeness and in the list', async () => {
    const { user } = renderApp('/tjanster');
    await user.click(await screen.findByRole('button', { name: 'Ny tjänst' }));
    await user.type(await screen.findByRole('textbox', { name: 'Tjänstens namn' }), 'Backup');
    await user.type(screen.getByRole('textbox', { name: 'Föremålet för behandlingen' }), 'Säkerhetskopiering av kundens servrar');
    await user.click(screen.getByRole('checkbox', { name: 'Lagring' }));
    await pick(user, 'Kategorier av behandling', ['Säkerhetskopiering']);
    await pick(user, 'Kategorier av registrerade', ['Kunders användare och anställda']);
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    // Saving, then loading the new service's page: give a busy machine a moment.
    expect(await screen.findByRole('heading', { name: 'Backup' })).toBeInTheDocument();
    const saved = (await h.call('services.list', {}))[0]!;
    expect(saved.name).toBe('Backup');
    expect(saved.nature).toEqual(['storage']);
    expect(saved.processingTermIds).toEqual([await termId('backup')]);
    expect(saved.dataSubjectTermIds).toEqual([await termId('customer_end_user')]);

    // Personal data and the purpose are still missing: the panel says so.
    const panel = screen.getByRole('region', { name: 'Fullständighet' });
    expect(saved.completeness.missing.length).toBeGreaterThan(0);
    expect(panel).toHaveTextContent(`${Math.round(saved.completeness.score)} %`);
    expect(panel).toHaveTextContent('Det här saknas:');

    await user.click(screen.getByRole('link', { name: 'Alla tjänster' }));
    const row = await screen.findByRole('row', { name: 'Backup' });
    expect(row).toHaveTextContent('0 kunder');
    expect(row).toHaveTextContent('Aktiv');
    expect(row).toHaveTextContent(`${Math.round(saved.completeness.score)} %`);
  });

  it('subscribes a customer to a service and shows the entry in its processor register', async () => {
    const cloud = await h.call('subprocessors.create', subprocessor('Molnlagring Inc', 'US', 'adequacy_us_dpf'));
    const service = await h.call('services.create', await serviceFields('Backup', [cloud.id]));
    const acme = await h.call('customers.create', customer('Acme Drift AB'));

    const { user } = renderApp(`/kunder/${acme.id}`);
    expect(await screen.findByText('Kunden har inga tjänster ännu.')).toBeInTheDocument();
    expect(screen.getByText('Kunden har ingen aktiv tjänst i dag, så biträdesregistret är tomt.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lägg till tjänst' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lägg till tjänst för Acme Drift AB' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Tjänst' }));
    await user.click(await screen.findByRole('option', { name: 'Backup' }));
    const start = within(dialog).getByRole('textbox', { name: 'Startdatum' });
    await user.clear(start);
    await user.type(start, '2025-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    const table = await screen.findByRole('table', { name: 'Tjänster' });
    const row = await within(table).findByRole('row', { name: 'Backup' });
    expect(row).toHaveTextContent('2025-02-01');
    expect(row).toHaveTextContent('Aktiv');
    expect(row).toHaveTextContent('Som tjänsten');
    const subs = await h.call('subscriptions.list', { customerId: acme.id });
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ serviceId: service.id, startDate: '2025-02-01', endDate: null });

    // The derived Art. 30(2) entry: categories, sub-processor, the US transfer with its mechanism.
    const entry = await screen.findByRole('article', { name: 'Backup' });
    expect(entry).toHaveTextContent('Säkerhetskopiering');
    expect(entry).toHaveTextContent('Kontaktuppgifter (adress, telefon, e-post)');
    expect(entry).toHaveTextContent('Kunders användare och anställda');
    expect(entry).toHaveTextContent('Molnlagring Inc (USA)');
    expect(entry).toHaveTextContent('Molnlagring Inc – USA: EU–US Data Privacy Framework (art. 45)');
    expect(entry).toHaveTextContent('Återlämnas och raderas sedan');
    expect(entry).toHaveTextContent('Från 2025-02-01');

    // End the subscription yesterday: it drops out of the processor register.
    await user.click(within(row).getByRole('button', { name: 'Avsluta Backup' }));
    const endDialog = await screen.findByRole('dialog', { name: 'Avsluta Backup' });
    const end = within(endDialog).getByRole('textbox', { name: 'Slutdatum' });
    await user.clear(end);
    await user.type(end, '2025-06-30');
    await user.click(within(endDialog).getByRole('button', { name: 'Avsluta tjänsten' }));
    expect(await screen.findByText('Kunden har ingen aktiv tjänst i dag, så biträdesregistret är tomt.')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('row', { name: 'Backup' })).getByText('Avslutad')).toBeInTheDocument());
    expect((await h.call('subscriptions.list', { customerId: acme.id }))[0]?.endDate).toBe('2025-06-30');
  });

  it('refuses to delete a service that customers have and suggests archiving it', async () => {
    const service = await h.call('services.create', await serviceFields('Helpdesk'));
    const acme = await h.call('customers.create', customer('Acme Drift AB'));
    await h.call('subscriptions.create', {
      customerId: acme.id,
      serviceId: service.id,
      startDate: '2025-01-01',
      endDate: null,
      notes: '',
      addedTermIds: [],
      removedTermIds: [],
      addedSubprocessorIds: [],
      removedSubprocessorIds: [],
    });

    const { user } = renderApp(`/tjanster/${service.id}`);
    expect(await screen.findByRole('heading', { name: 'Helpdesk' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Acme Drift AB' })).toHaveAttribute('href', `#/kunder/${acme.id}`);

    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    const alert = (await screen.findByText(/kan inte tas bort/)).closest<HTMLElement>('[role="alert"]')!;
    expect(alert).toHaveTextContent('Tjänsten används');
    expect(alert).toHaveTextContent('Arkivera');
    expect(await h.call('services.list', { includeArchived: true })).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Arkivera' }));
    await waitFor(async () => expect((await h.call('services.get', { id: service.id })).status).toBe('archived'));
    expect(await screen.findByRole('button', { name: 'Återaktivera' })).toBeInTheDocument();
  });
});
