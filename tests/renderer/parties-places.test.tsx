import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCustomer, emptyService, emptySubprocessor } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// Issue 14 in the forms of package D: sole traders, places that are regions, English variants.

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h, 'Anna Svensson IT');
});
afterEach(() => h.dispose());

describe('sole traders', () => {
  it('makes the organisation a sole trader: the number becomes a personnummer, checked as one', async () => {
    const { user } = renderApp('/organisation');
    await user.click(await screen.findByRole('radio', { name: 'Enskild firma' }));
    const pnr = await screen.findByRole('textbox', { name: 'Personnummer' });
    expect(screen.queryByRole('textbox', { name: 'Organisationsnummer' })).not.toBeInTheDocument();
    // An organisationsnummer is not a personnummer.
    await user.type(pnr, '556123-4567');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await screen.findByText('Ange personnumret som ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN, med ett riktigt födelsedatum.'),
    ).toBeInTheDocument();

    await user.clear(pnr);
    await user.type(pnr, '19811218-9876');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Organisationsprofilen har sparats.')).toBeInTheDocument();
    expect(await h.call('organisation.get', {})).toMatchObject({ legalForm: 'sole_trader', orgNr: '811218-9876' });
  });

  it('shows a sole-trader customer’s personnummer masked in the list', async () => {
    await h.call('customers.create', { ...emptyCustomer, name: 'Bertil Ek Konsult', legalForm: 'sole_trader', orgNr: '8112189876' });
    await h.call('customers.create', { ...emptyCustomer, name: 'Bolaget AB', orgNr: '5561234567' });
    renderApp('/kunder');
    const sole = await screen.findByRole('row', { name: /Bertil Ek Konsult/ });
    expect(sole).toHaveTextContent('811218-XXXX');
    expect(sole).not.toHaveTextContent('9876');
    expect(screen.getByRole('row', { name: /Bolaget AB/ })).toHaveTextContent('556123-4567');
  });

  it('creates a sole-trader customer from the form', async () => {
    const { user } = renderApp('/kunder/ny');
    await user.type(await screen.findByRole('textbox', { name: 'Namn' }), 'Cecilia Berg Redovisning');
    await user.click(screen.getByRole('radio', { name: 'Enskild firma' }));
    await user.type(screen.getByRole('textbox', { name: 'Personnummer' }), '811218-9876');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () =>
      expect((await h.call('customers.list', {})).items).toEqual([
        expect.objectContaining({ name: 'Cecilia Berg Redovisning', legalForm: 'sole_trader', orgNr: '811218-9876' }),
      ]),
    );
  });
});

describe('places and English variants', () => {
  it('saves a system in the EU/EEA as a whole, with its English name beside the Swedish', async () => {
    const { user } = renderApp('/system');
    await user.click(await screen.findByRole('button', { name: 'Nytt system' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Namn' }), 'Ärendesystem');
    await user.type(within(dialog).getByRole('textbox', { name: 'Namn på engelska' }), 'Ticketing system');
    await user.click(within(dialog).getByRole('radio', { name: 'Inom EU/EES' }));
    expect(within(dialog).queryByRole('combobox', { name: 'Land där uppgifterna finns' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const row = await screen.findByRole('row', { name: 'Ärendesystem' });
    expect(row).toHaveTextContent('EU/EES');
    expect((await h.call('systems.list', {}))[0]).toMatchObject({
      nameEn: 'Ticketing system',
      locationKind: 'eea',
      country: '',
      inEea: true,
    });
  });

  it('refuses "within the EU/EEA" for a sub-processor in a region outside it, at the field', async () => {
    const { user } = renderApp('/underbitraden/ny');
    await user.type(await screen.findByRole('textbox', { name: 'Namn' }), 'Global CDN Inc');
    await user.click(screen.getByRole('radio', { name: 'En region' }));
    await user.type(screen.getByRole('textbox', { name: 'Regionens namn' }), 'Globalt');
    await user.click(screen.getByRole('checkbox', { name: 'Regionen ligger helt inom EU/EES' }));
    expect(await screen.findByText(/Globalt ligger helt eller delvis utanför EU\/EES/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/”Inom EU\/EES” går inte att välja när platsen ligger utanför EU\/EES/)).toBeInTheDocument();
    expect((await h.call('subprocessors.list', {})).some((s) => s.name === 'Global CDN Inc')).toBe(false);
  });

  it('edits a service’s subject matter and purpose in English beside the Swedish', async () => {
    const s = await h.call('services.create', { ...emptyService, name: 'Drift', subjectMatter: 'Drift av servrar' });
    const { user } = renderApp(`/tjanster/${s.id}`);
    await user.type(await screen.findByRole('textbox', { name: 'Föremålet på engelska' }), 'Running servers');
    await user.type(screen.getByRole('textbox', { name: 'Ändamål på engelska' }), 'To keep them running');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () =>
      expect(await h.call('services.get', { id: s.id })).toMatchObject({
        subjectMatter: 'Drift av servrar',
        subjectMatterEn: 'Running servers',
        purposeEn: 'To keep them running',
      }),
    );
  });

  it('edits a measure’s note in English beside the Swedish', async () => {
    const [first] = await h.call('securityMeasures.list', {});
    const { user } = renderApp('/atgarder');
    const row = await screen.findByRole('group', { name: first!.labelSv });
    await user.click(within(row).getByRole('button', { name: `Ändra ${first!.labelSv}` }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Kommentar' }), 'Policy fastställd 2026');
    await user.type(within(dialog).getByRole('textbox', { name: 'Kommentar på engelska' }), 'Policy adopted in 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(async () =>
      expect((await h.call('securityMeasures.list', {})).find((m) => m.id === first!.id)).toMatchObject({
        note: 'Policy fastställd 2026',
        noteEn: 'Policy adopted in 2026',
      }),
    );
  });
});

// The empty sub-processor starts in Sweden, inside the EEA.
it('starts a new sub-processor as a country inside the EEA', () => {
  expect(emptySubprocessor).toMatchObject({ locationKind: 'country', country: 'SE', regionInEea: true });
});
