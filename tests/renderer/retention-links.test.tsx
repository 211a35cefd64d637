// The attention list's purge and legal hold items link to the retention page's tabs "Att gallra"
// and "Spärrar" (renderer/app/fixPath.ts): following the link opens that tab, with the records.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixPath } from '../../renderer/app/fixPath';
import { blankCustomer } from '../unit/helpers';
import { emptyRetentionRule } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

describe('links from the attention list to the retention page', () => {
  it('opens the purge list for a purge item and the holds for a hold item', async () => {
    await h.call('retentionRules.create', { ...emptyRetentionRule, nameSv: 'CMDB', appliesTo: ['equipment'] });
    const customer = await h.call('customers.create', {
      ...blankCustomer,
      name: 'Gamla Tryckeriet AB',
      status: 'ended',
      contractStart: '2015-01-01',
      contractEnd: '2020-06-01',
    });
    await h.call('equipment.create', {
      customerId: customer.id,
      siteId: null,
      fields: {
        type: 'server',
        make: 'Dell',
        model: 'PowerEdge',
        serialNumber: '',
        hostname: 'tryck-srv01',
        networkNotes: '',
        personalData: '',
        encrypted: 'unknown',
        serviceIds: [],
        installedOn: null,
        removedOn: null,
        status: 'in_use',
        notes: '',
      },
    });
    const [purge] = (await h.call('attention.list', { kinds: ['purge.due'] })).items;
    const first = renderApp(fixPath(purge!.fix));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Att gallra' })).toHaveAttribute('aria-selected', 'true'));
    const section = await screen.findByRole('region', { name: 'CMDB' });
    expect(within(section).getByText('1 post')).toBeInTheDocument();
    first.unmount();

    await h.call('legalHolds.create', { customerId: customer.id, ruleId: null, reason: 'Tvist om fakturor' });
    const [hold] = (await h.call('attention.list', { kinds: ['legalHold.review'] })).items;
    renderApp(fixPath(hold!.fix));
    const tab = await screen.findByRole('tab', { name: 'Spärrar' });
    await waitFor(() => expect(tab).toHaveAttribute('aria-selected', 'true'));
    const panel = await screen.findByRole('tabpanel');
    expect(await within(panel).findByText('Tvist om fakturor')).toBeInTheDocument();
  });
});
