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
    const stored = (await h.call('retentionRules.list', {})).find((r) => r.nameSv === 'Supportärenden');
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
    // The rule is still there, beside the requests' own rule every register starts with.
    expect((await h.call('retentionRules.list', {})).map((r) => r.nameSv)).toEqual(['Begäranden från registrerade', 'Bokföring']);
  });

  it('shows the purge list, which says when no rule applies to the register itself', async () => {
    // A new register's one such rule is the requests'; without it nothing of the register is purged.
    const [requestsRule] = await h.call('retentionRules.list', {});
    expect(requestsRule).toMatchObject({ nameSv: 'Begäranden från registrerade', appliesTo: ['dsr_request'] });
    await h.call('retentionRules.update', {
      id: requestsRule!.id,
      revision: requestsRule!.revision,
      fields: { ...requestsRule!, appliesTo: [] },
    });
    const { user } = renderApp('/gallring');
    await user.click(await screen.findByRole('tab', { name: 'Att gallra' }));
    expect(await screen.findByText(/Ingen regel gäller registrets egna uppgifter ännu/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Genomför gallring' })).toBeDisabled();
  });
});

/** Pastes the text into the field: long texts typed key by key make the tests slow. */
async function fill(user: ReturnType<typeof renderApp>['user'], field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

describe('retention rules as firms write them (issue 14)', () => {
  it('adds an own event, counts a rule from it with an exception and English variants, and shows the words in both languages', async () => {
    const { user } = renderApp('/gallring');
    const events = await screen.findByRole('region', { name: 'Egna händelser' });
    await fill(user, within(events).getByRole('textbox', { name: 'Händelse' }), 'Fakturan betald');
    await fill(user, within(events).getByRole('textbox', { name: 'Händelse på engelska' }), 'The invoice was paid');
    await user.click(within(events).getByRole('button', { name: 'Lägg till händelse' }));
    expect(await within(events).findByText('The invoice was paid')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ny gallringsregel' }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Namn' }), 'Betalningspåminnelser');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Lagringsplats' }), 'Ekonomisystem');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Lagringsplats på engelska' }), 'Finance system');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Händelse' }), 'Fakturan betald');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Undantag' }), 'underlag som ska sparas enligt bokföringslagen');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Vad som görs sedan' }), 'delete_or_anonymise');
    const words = within(dialog).getByRole('status', { name: 'Regeln i ord' });
    await waitFor(() =>
      expect(words).toHaveTextContent(
        'Rensas eller anonymiseras ett år efter händelsen ”fakturan betald”, utom underlag som ska sparas enligt bokföringslagen',
      ),
    );
    // The English sentence beside it, the missing English exception marked.
    expect(words).toHaveTextContent(
      'Deleted or anonymised one year after the event “the invoice was paid”, except underlag som ska sparas enligt bokföringslagen [sv]',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await within(await screen.findByRole('table', { name: 'Regler' })).findByRole('row', { name: 'Betalningspåminnelser' });
    const [event] = await h.call('retentionEvents.list', {});
    const stored = (await h.call('retentionRules.list', {})).find((r) => r.nameSv === 'Betalningspåminnelser');
    expect(stored).toMatchObject({
      anchorEvent: null,
      anchorEventId: event!.id,
      action: 'delete_or_anonymise',
      storageLocationEn: 'Finance system',
      exceptionSv: 'underlag som ska sparas enligt bokföringslagen',
    });
    // An event in use cannot be deleted; the page says why.
    expect(await within(events).findByText('Används av 1 regel')).toBeInTheDocument();
    await user.click(within(events).getByRole('button', { name: 'Ta bort Fakturan betald' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Händelsen används av 1 gallringsregler. Byt händelse i reglerna först.')).toBeInTheDocument();
  });

  it('enters a range and "as long as needed"', async () => {
    const { user } = renderApp('/gallring');
    await user.click(await screen.findByRole('button', { name: 'Ny gallringsregel' }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Namn' }), 'Spamkarantän');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Tiden räknas från' }), 'created');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Hur länge' }), 'range');
    await user.type(within(dialog).getByRole('textbox', { name: 'Kortaste tid' }), '3');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Enhet för Kortaste tid' }), 'D');
    const longest = within(dialog).getByRole('textbox', { name: 'Längsta tid' });
    await user.clear(longest);
    await user.type(longest, '28');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Enhet för Längsta tid' }), 'D');
    const words = within(dialog).getByRole('status', { name: 'Regeln i ord' });
    await waitFor(() => expect(words).toHaveTextContent('Rensas 3–28 dagar efter att uppgifterna skapats'));
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await within(await screen.findByRole('table', { name: 'Regler' })).findByRole('row', { name: 'Spamkarantän' });
    const spam = async () => (await h.call('retentionRules.list', {})).find((r) => r.nameSv === 'Spamkarantän');
    expect(await spam()).toMatchObject({ durationMin: 'P3D', duration: 'P28D' });

    await user.click(screen.getByRole('button', { name: 'Ändra Spamkarantän' }));
    const edit = await screen.findByRole('dialog');
    await user.selectOptions(within(edit).getByRole('combobox', { name: 'Hur länge' }), 'needed');
    const neededWords = within(edit).getByRole('status', { name: 'Regeln i ord' });
    await waitFor(() => expect(neededWords).toHaveTextContent('Sparas så länge det behövs för ändamålet och rensas därefter'));
    expect(neededWords).toHaveTextContent('inget gallras automatiskt efter den');
    await user.click(within(edit).getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect(await spam()).toMatchObject({ duration: null, durationMin: null }));
  });
});
