import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

describe('security measures', () => {
  it('marks a seeded measure as implemented with a note, adds an own one and shows both in the annex', async () => {
    const [first] = await h.call('securityMeasures.list', {});
    const { user } = renderApp('/atgarder');
    const row = await screen.findByRole('group', { name: first!.labelSv });
    await user.click(within(row).getByRole('radio', { name: 'Införd' }));
    await user.type(within(row).getByRole('textbox', { name: `Kommentar till ${first!.labelSv}` }), 'Fastställd 2026-01-15');
    await user.click(within(row).getByRole('button', { name: `Spara ${first!.labelSv}` }));
    await waitFor(async () =>
      expect((await h.call('securityMeasures.list', {})).find((m) => m.id === first!.id)).toMatchObject({
        status: 'implemented',
        note: 'Fastställd 2026-01-15',
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Lägg till egen åtgärd' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Grupp' }), 'physical');
    await user.type(within(dialog).getByRole('textbox', { name: 'Åtgärd' }), 'Larmat serverrum');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const physical = await screen.findByRole('region', { name: 'Fysiska åtgärder' });
    expect(await within(physical).findByRole('group', { name: 'Larmat serverrum' })).toHaveTextContent('Egen');

    await user.click(screen.getByRole('tab', { name: 'Sammanfattning (bilaga)' }));
    const annex = await screen.findByRole('article', { name: 'Tekniska och organisatoriska säkerhetsåtgärder' });
    expect(annex).toHaveTextContent(first!.labelSv);
    expect(annex).toHaveTextContent('Fastställd 2026-01-15');
    expect(annex).toHaveTextContent('Larmat serverrum');
    const summary = await h.call('securityMeasures.summary', {});
    expect(screen.getByTestId('measures-counts')).toHaveTextContent(`${summary.counts.implemented} åtgärder är införda`);
  }, 60_000);
});
