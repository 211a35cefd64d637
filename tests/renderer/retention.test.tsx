import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity, emptyRetentionRule, type RetentionRuleFields } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

const rule = (patch: Partial<RetentionRuleFields> = {}): RetentionRuleFields => ({
  ...emptyRetentionRule,
  nameSv: 'Bokföring',
  nameEn: 'Bookkeeping',
  storageLocation: 'Ekonomisystem',
  purpose: 'Bokföringslagen',
  anchorKind: 'fiscal_year_end',
  anchorEvent: null,
  roundAnchorTo: 'end_of_calendar_year',
  duration: 'P7Y',
  inclusive: true,
  legalMinimumDuration: 'P7Y',
  legalMinimumSource: 'BFL 7 kap. 2 §',
  legalBasisRef: 'BFL',
  ...patch,
});

describe('retention rules', () => {
  it('shows the rule in words while it is edited, then lists it', async () => {
    const { user } = renderApp('/gallring');
    await user.click(await screen.findByRole('button', { name: 'Ny gallringsregel' }));
    const dialog = await screen.findByRole('dialog');
    const words = within(dialog).getByRole('status', { name: 'Regeln i ord' });
    // The defaults: one year after the contract ended.
    await waitFor(() => expect(words).toHaveTextContent('Rensas ett år efter avslutat avtal'));

    await user.type(within(dialog).getByRole('textbox', { name: 'Namn' }), 'Supportärenden');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Händelse' }), 'ticket_closed');
    const amount = within(dialog).getByRole('textbox', { name: 'Lagringstid' });
    await user.clear(amount);
    await user.type(amount, '3');
    await waitFor(() => expect(words).toHaveTextContent('Rensas tre år efter att ärendet stängts'));
    await user.type(within(dialog).getByRole('textbox', { name: 'Extra tid i säkerhetskopior' }), '7');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Enhet för Extra tid i säkerhetskopior' }), 'D');
    await waitFor(() => expect(words).toHaveTextContent('sju dagar därefter ur säkerhetskopiorna'));

    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByRole('table', { name: 'Regler' });
    const row = await within(table).findByRole('row', { name: 'Supportärenden' });
    expect(row).toHaveTextContent('Rensas tre år efter att ärendet stängts och sju dagar därefter ur säkerhetskopiorna');
    const [stored] = await h.call('retentionRules.list', {});
    expect(stored).toMatchObject({
      nameSv: 'Supportärenden',
      anchorKind: 'event',
      anchorEvent: 'ticket_closed',
      duration: 'P3Y',
      backupLag: 'P7D',
    });
  });

  it('warns while editing when the period is shorter than the legal minimum, and shows the edited words', async () => {
    const created = await h.call('retentionRules.create', rule());
    const { user } = renderApp('/gallring');
    await user.click(await screen.findByRole('button', { name: 'Ändra Bokföring' }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: 'Lagringstid' });
    expect(amount).toHaveValue('7');
    await user.clear(amount);
    await user.type(amount, '5');
    const words = within(dialog).getByRole('status', { name: 'Regeln i ord' });
    await waitFor(() => expect(words).toHaveTextContent('Lagringstiden är kortare än den minsta tid som lagen kräver.'));
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await h.call('retentionRules.get', { id: created.id })).duration).toBe('P5Y'));
    expect(await screen.findByText('Lagringstiden är kortare än den minsta tid som lagen kräver.')).toBeInTheDocument();
  });

  it('refuses to delete a rule that an activity uses, and says why', async () => {
    const created = await h.call('retentionRules.create', rule());
    await h.call('activities.create', {
      ...emptyActivity,
      name: 'Fakturering',
      retention: [{ termId: null, retentionRuleId: created.id }],
      dpiaStatus: 'not_needed',
    });
    const { user } = renderApp('/gallring');
    await user.click(await screen.findByRole('button', { name: 'Ta bort Bokföring' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Gallringsregeln används av 1 behandlingar och 0 tjänster. Byt regel där först.')).toBeInTheDocument();
    expect(await h.call('retentionRules.list', {})).toHaveLength(1);
  });

  it('shows the purge list, which says when no rule applies to the register itself', async () => {
    const { user } = renderApp('/gallring');
    await user.click(await screen.findByRole('tab', { name: 'Att gallra' }));
    expect(await screen.findByText(/Ingen regel gäller registrets egna uppgifter ännu/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Genomför gallring' })).toBeDisabled();
  });
});
