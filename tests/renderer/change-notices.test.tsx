import { todayIso } from '../../renderer/ui/lang';
import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCustomer, emptyService, emptySubprocessor } from '../../shared/contract';
import { withCheckDigit } from '../../shared/orgnr';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// Sub-processor change notices in the UI (issue 15): a sub-processor added to a service makes the
// core propose a notice; the user accepts it, marks customers as told, records an objection, and
// sees each customer's deadline on the notice and on the customer's page.

let h: Harness;
beforeEach(async () => {
  notifications.clean();
  h = createHarness();
  await openTestRegister(h, 'Driftbolaget AB');
});
afterEach(() => h.dispose());

/** Three customers on Backup: Alfa and Beta with signed agreements (45 and 30 days' notice), Gamma without one. */
async function seed() {
  const storage = await h.call('subprocessors.create', {
    ...emptySubprocessor,
    name: 'Lagringsbolaget AB',
    orgNr: withCheckDigit('559012345'),
    serviceDescription: 'Lagring av säkerhetskopior',
    processingLocations: 'Datacenter i Stockholm',
  });
  const service = await h.call('services.create', { ...emptyService, name: 'Backup' });
  const customers = [];
  for (const name of ['Alfa AB', 'Beta AB', 'Gamma AB']) {
    const customer = await h.call('customers.create', { ...emptyCustomer, name });
    await h.call('subscriptions.create', {
      customerId: customer.id,
      serviceId: service.id,
      startDate: '2025-01-01',
      endDate: null,
      notes: '',
      addedTermIds: [],
      removedTermIds: [],
      addedSubprocessorIds: [],
      removedSubprocessorIds: [],
    });
    customers.push(customer);
  }
  const [alfa, beta, gamma] = customers as [(typeof customers)[0], (typeof customers)[0], (typeof customers)[0]];
  for (const [customer, noticeDays] of [
    [alfa, 45],
    [beta, 30],
  ] as const) {
    const defaults = await h.call('agreements.defaults', { customerId: customer.id });
    const agreement = await h.call('agreements.generate', { ...defaults, noticeDays, customerId: customer.id });
    await h.call('agreements.setStatus', { id: agreement.id, revision: agreement.revision, status: 'signed', on: '2025-01-15' });
  }
  return { storage, service, alfa, beta, gamma };
}

/** Picks options in a Mantine (Multi)Select: opens it by its label and clicks each option. */
async function pick(user: ReturnType<typeof renderApp>['user'], label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
  await user.keyboard('{Escape}');
}

const row = (table: HTMLElement, name: string) => within(table).getByRole('row', { name });

describe('change notices', () => {
  it('proposes a notice when a service gets a sub-processor; accepted, sent, objected, with deadlines on the notice and the customer', async () => {
    const { alfa, beta, gamma } = await seed();
    const service = (await h.call('services.list', {}))[0]!;
    const { user } = renderApp(`/tjanster/${service.id}`);

    // Saving the service with the new sub-processor: the page says a notice is proposed.
    await screen.findByRole('heading', { name: 'Backup' });
    await pick(user, 'Underbiträden', 'Lagringsbolaget AB (Sverige)');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    const prompt = await screen.findByRole('status', { name: 'Förteckna föreslår ett ändringsmeddelande' });
    expect(prompt).toHaveTextContent('Ändringen av Lagringsbolaget AB berör 3 kunder.');
    await user.click(within(prompt).getByRole('link', { name: /Granska ändringsmeddelandet/ }));

    // The proposal explains itself and offers the two choices.
    expect(await screen.findByRole('heading', { name: 'Nytt underbiträde: Lagringsbolaget AB' })).toBeInTheDocument();
    const proposal = screen.getByRole('region', { name: 'Förteckna föreslår ett ändringsmeddelande' });
    expect(proposal).toHaveTextContent('Förteckna föreslår ett meddelande eftersom Lagringsbolaget AB har lagts till i Backup.');
    const [proposed] = await h.call('changeNotices.list', { open: true });
    expect(proposed).toMatchObject({ state: 'proposed', proposed: true });

    // Notify, with an effective date before the latest deadline: refused, and a reason may be given.
    await user.click(within(proposal).getByRole('button', { name: 'Meddela kunderna' }));
    const effective = screen.getByRole('textbox', { name: 'Gäller från' });
    await waitFor(() => expect(effective).toHaveFocus());
    const today = todayIso(); // Sweden's date, as the form fills it in
    await user.type(effective, today);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Ändringen kan gälla tidigast/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Skäl att ändringen gäller före fristen' })).toBeInTheDocument();

    // A date after every deadline is taken.
    const latest = proposed!.latestDeadline!;
    await user.clear(effective);
    await user.type(effective, latest);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ändringsmeddelandet om Lagringsbolaget AB har sparats.')).toBeInTheDocument();
    await waitFor(async () => expect((await h.call('changeNotices.get', { id: proposed!.id })).state).toBe('draft'));
    expect(screen.queryByRole('region', { name: 'Förteckna föreslår ett ändringsmeddelande' })).not.toBeInTheDocument();

    // The recipients: Gamma is flagged for having no signed agreement.
    const table = await screen.findByRole('table', { name: 'Mottagare' });
    expect(row(table, 'Gamma AB')).toHaveTextContent('Inget signerat avtal');
    expect(row(table, 'Alfa AB')).toHaveTextContent('45 dagars varsel');

    // Alfa and Beta are told by e-mail today.
    await user.click(within(table).getByRole('checkbox', { name: 'Välj Alfa AB' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Välj Beta AB' }));
    await user.click(screen.getByRole('button', { name: 'Markera som skickade' }));
    const sent = await screen.findByRole('dialog', { name: 'Markera som skickade' });
    expect(within(sent).getByRole('textbox', { name: 'Skickat den' })).toHaveValue(today);
    await user.click(within(sent).getByRole('button', { name: 'Markera som skickade' }));
    expect(await screen.findByText('2 kunder har markerats som meddelade.')).toBeInTheDocument();
    await waitFor(() => expect(row(table, 'Beta AB')).toHaveTextContent('Väntar på svar'));
    expect(row(table, 'Gamma AB')).toHaveTextContent('Inte skickat');

    // Each deadline follows its own agreement.
    const notice = await h.call('changeNotices.get', { id: proposed!.id });
    const deadline = (customerId: number) => notice.recipients.find((r) => r.customerId === customerId)!.deadline;
    expect(deadline(alfa.id)).not.toBe(deadline(beta.id));
    expect(row(table, 'Alfa AB')).toHaveTextContent(deadline(alfa.id));
    expect(row(table, 'Beta AB')).toHaveTextContent(deadline(beta.id));
    expect(deadline(gamma.id)).toBeTruthy();

    // Alfa objects.
    await user.click(within(table).getByRole('button', { name: 'Registrera svar från Alfa AB' }));
    const answer = await screen.findByRole('dialog', { name: 'Registrera svar från Alfa AB' });
    await user.click(within(answer).getByRole('radio', { name: 'Kunden invänder mot ändringen' }));
    await user.type(within(answer).getByRole('textbox', { name: 'Invändningen' }), 'Vi vill inte ha data hos en ny leverantör.');
    await user.click(within(answer).getByRole('button', { name: 'Spara svar' }));
    expect(await screen.findByText('Svaret från Alfa AB har sparats.')).toBeInTheDocument();
    await waitFor(() => expect(row(table, 'Alfa AB')).toHaveTextContent('Vi vill inte ha data hos en ny leverantör.'));
    expect(row(table, 'Alfa AB')).toHaveTextContent('Invändning');
    expect(within(row(table, 'Alfa AB')).getByRole('button', { name: 'Avgör invändningen från Alfa AB' })).toBeInTheDocument();

    // Beta's page shows the open change and its deadline; its agreement carries the flag.
    await user.click(within(row(table, 'Beta AB')).getByRole('link', { name: 'Beta AB' }));
    const section = await screen.findByRole('region', { name: 'Ändringar av underbiträden' });
    const item = within(section).getByRole('group', { name: 'Nytt underbiträde: Lagringsbolaget AB' });
    expect(item).toHaveTextContent(`Invändningsfrist ${deadline(beta.id)}`);
    expect(item).toHaveTextContent(`Meddelad ${today}`);
    const agreements = screen.getByRole('region', { name: 'PUB-avtal' });
    expect(await within(agreements).findByText(`Ändring meddelad ${today}, gäller från ${latest}`)).toBeInTheDocument();
  });

  it('lists the notices, open first, and opens the letter template with its placeholders', async () => {
    const { storage, service } = await seed();
    await h.call('services.update', {
      id: service.id,
      revision: service.revision,
      fields: { ...emptyService, name: 'Backup', subprocessorIds: [storage.id] },
    });
    const { user } = renderApp('/andringsmeddelanden');
    const table = await screen.findByRole('table', { name: 'Ändringar av underbiträden' });
    const line = await within(table).findByRole('row', { name: 'Nytt underbiträde: Lagringsbolaget AB' });
    expect(line).toHaveTextContent('Föreslaget');
    expect(line).toHaveTextContent('0 av 3 skickade');

    await user.click(screen.getByRole('link', { name: 'Brevmall' }));
    expect(await screen.findByRole('heading', { name: 'Brevmall för ändringsmeddelanden' })).toBeInTheDocument();
    const subject = screen.getByRole('textbox', { name: 'Ämnesrad på svenska' });
    await user.click(subject);
    await user.paste(' {{finnsInte}}');
    // The unknown placeholder is named beside the field as it is typed, in the core's words.
    expect(await screen.findByText(/finnsInte/)).toBeInTheDocument();
    expect(subject).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('region', { name: 'Platshållare' })).toBeInTheDocument();
  });

  it('shows the notices touching a sub-processor on its page', async () => {
    const { storage, service } = await seed();
    await h.call('services.update', {
      id: service.id,
      revision: service.revision,
      fields: { ...emptyService, name: 'Backup', subprocessorIds: [storage.id] },
    });
    renderApp(`/underbitraden/${storage.id}`);
    const section = await screen.findByRole('region', { name: 'Ändringsmeddelanden' });
    expect(await within(section).findByRole('link', { name: 'Nytt underbiträde: Lagringsbolaget AB' })).toBeInTheDocument();
    expect(await screen.findByRole('status', { name: 'Förteckna föreslår ett ändringsmeddelande' })).toHaveTextContent('berör 3 kunder');
  });
});
