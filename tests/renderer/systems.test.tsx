import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';
import { emptyActivity } from '../../shared/contract';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

describe('systems and storage', () => {
  it('adds a system with a free-text supplier and shows which activities use it', async () => {
    const { user } = renderApp('/system');
    await user.click(await screen.findByRole('button', { name: 'Nytt system' }));
    let dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Namn' }), 'Övervakningsserver');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Typ av system' }), 'monitoring');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Drift' }), 'office_server');
    await user.type(within(dialog).getByRole('textbox', { name: 'Plats' }), 'Serverrummet, Storgatan 1');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    const table = await screen.findByRole('table', { name: 'System och lagring' });
    const row = await within(table).findByRole('row', { name: 'Övervakningsserver' });
    expect(row).toHaveTextContent('Server på kontoret');
    expect(row).toHaveTextContent('Sverige');
    const [system] = await h.call('systems.list', {});
    expect(system).toMatchObject({
      name: 'Övervakningsserver',
      kind: 'monitoring',
      hosting: 'office_server',
      country: 'SE',
      subprocessorId: null,
    });

    await h.call('activities.create', {
      ...emptyActivity,
      name: 'Övervakningsloggar',
      systemIds: [system!.id],
      dpiaStatus: 'not_needed',
    });
    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'overvak');
    await user.click(await within(table).findByRole('row', { name: 'Övervakningsserver' }));
    dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByRole('link', { name: 'Övervakningsloggar' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    const confirm = await screen.findByRole('dialog', { name: 'Ta bort systemet?' });
    await user.click(within(confirm).getByRole('button', { name: 'Ta bort' }));
    expect(
      await screen.findByText('Systemet är kopplat till 1 behandlingar och 0 tjänster. Ta bort kopplingarna först.'),
    ).toBeInTheDocument();
  });
});
