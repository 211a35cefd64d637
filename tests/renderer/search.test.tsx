import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerFields, ServiceFields } from '../../shared/contract';
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
  visitingAddress: { street: '', postalCode: '', city: 'Örebro', country: '' },
  invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
  invoiceSameAsVisiting: true,
  contactPersons: [],
  dpo: { name: '', email: '', phone: '' },
  contractStart: null,
  contractEnd: null,
  status: 'active',
  notes: '',
});

const service = (name: string): ServiceFields => ({
  name,
  subjectMatter: 'Övervakning av kundens servrar',
  purpose: '',
  nature: [],
  processingTermIds: [],
  personalDataTermIds: [],
  dataSubjectTermIds: [],
  specialCategories: [],
  subprocessorIds: [],
  systemIds: [],
  measureIds: [],
  endOfContractAction: 'delete',
  retentionRuleId: null,
  status: 'active',
  notes: '',
});

describe('search', () => {
  it('opens with Ctrl+K, lists hits grouped by kind as you type and opens one with the keyboard', async () => {
    const acme = await h.call('customers.create', customer('Övervakningsbolaget i Örebro AB'));
    const drift = await h.call('services.create', service('Drift och övervakning'));
    await h.call('customers.create', customer('Helt Annat AB'));

    const { user } = renderApp('/');
    expect(await screen.findByRole('button', { name: /Sök i registret/ })).toBeInTheDocument();
    await user.keyboard('{Control>}k{/Control}');

    const dialog = await screen.findByRole('dialog', { name: 'Sök i registret' });
    const input = within(dialog).getByRole('combobox', { name: 'Sök i registret' });
    await waitFor(() => expect(input).toHaveFocus());
    await user.type(input, 'overvakning'); // no diacritics

    const customers = await within(dialog).findByRole('group', { name: 'Kunder' });
    expect(within(customers).getByRole('option', { name: /Övervakningsbolaget i Örebro AB/ })).toBeInTheDocument();
    const services = within(dialog).getByRole('group', { name: 'Tjänster' });
    expect(within(services).getByRole('option', { name: /Drift och övervakning/ })).toBeInTheDocument();
    expect(within(dialog).queryByRole('option', { name: /Helt Annat AB/ })).not.toBeInTheDocument();

    // Customers come first: the first hit is selected; one step down is the service.
    const options = within(dialog).getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    const selected = within(dialog).getByRole('option', { selected: true });
    expect(selected).toHaveTextContent('Drift och övervakning');
    expect(input).toHaveAttribute('aria-activedescendant', selected.id);
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Drift och övervakning' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Sök i registret' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe(`#/tjanster/${drift.id}`);

    // Again from the button, then Esc closes without going anywhere.
    await user.click(screen.getByRole('button', { name: /Sök i registret/ }));
    const again = await screen.findByRole('dialog', { name: 'Sök i registret' });
    await user.type(within(again).getByRole('combobox'), 'orebro');
    expect(await within(again).findByRole('option', { name: /Övervakningsbolaget i Örebro AB/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sök i registret' })).not.toBeInTheDocument());
    expect(window.location.hash).toBe(`#/tjanster/${drift.id}`);
    expect(acme.id).toBeGreaterThan(0);
  });

  it('says so when nothing matches', async () => {
    await h.call('customers.create', customer('Acme AB'));
    const { user } = renderApp('/kunder');
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Sök i registret' });
    await user.type(within(dialog).getByRole('combobox'), 'zzxq');
    expect(await within(dialog).findByText('Inga träffar på ”zzxq”.')).toBeInTheDocument();
    expect(within(dialog).queryAllByRole('option')).toHaveLength(0);
  });
});
