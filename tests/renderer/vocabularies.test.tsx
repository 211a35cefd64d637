import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';
import { emptyActivity } from '../../shared/contract';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

describe('categories (vocabularies)', () => {
  it('shows the seeded personal-data categories with their flags and adds an own one', async () => {
    const { user } = renderApp('/kategorier');
    await user.click(await screen.findByRole('tab', { name: /Personuppgifter/ }));
    const table = await screen.findByRole('table', { name: 'Kategorier av personuppgifter' });
    expect(within(table).getByRole('row', { name: 'Personnummer eller samordningsnummer' })).toHaveTextContent('Personnummer');
    expect(within(table).getByRole('row', { name: 'Känsliga personuppgifter (art. 9)' })).toHaveTextContent('Känslig');
    expect(within(table).getByRole('row', { name: 'Namn och titel' })).toHaveTextContent('Inbyggd');

    await user.click(screen.getByRole('button', { name: 'Lägg till kategori' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Benämning på svenska' }), 'Hälsodeklarationer');
    await user.type(within(dialog).getByRole('textbox', { name: 'Benämning på engelska' }), 'Health declarations');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Markering' }), 'special');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    const row = await within(table).findByRole('row', { name: 'Hälsodeklarationer' });
    expect(row).toHaveTextContent('Egen');
    expect(row).toHaveTextContent('Känslig');
    const stored = (await h.call('vocabularies.list', { kind: 'personal_data' })).find((t) => t.labelSv === 'Hälsodeklarationer');
    expect(stored).toMatchObject({ flag: 'special', builtin: false });
  });

  it('deletes an unused own term but says why a used one cannot be deleted', async () => {
    const unused = await h.call('vocabularies.create', {
      kind: 'data_subject',
      labelSv: 'Mässbesökare',
      labelEn: 'Fair visitors',
      flag: 'none',
    });
    const used = await h.call('vocabularies.create', { kind: 'data_subject', labelSv: 'Elever', labelEn: 'Pupils', flag: 'none' });
    await h.call('activities.create', {
      ...emptyActivity,
      name: 'Utbildning',
      dataSubjectTermIds: [used.id],
      dpiaStatus: 'not_needed',
    });
    const { user } = renderApp('/kategorier');
    const table = await screen.findByRole('table', { name: 'Kategorier av registrerade' });
    expect(await within(table).findByRole('row', { name: 'Elever' })).toHaveTextContent('1');

    await user.click(within(table).getByRole('button', { name: 'Ta bort Elever' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Kategorin används på 1 ställen och kan inte tas bort. Arkivera den i stället.')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Ta bort Mässbesökare' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(within(table).queryByRole('row', { name: 'Mässbesökare' })).not.toBeInTheDocument());
    const left = (await h.call('vocabularies.list', { kind: 'data_subject' })).map((t) => t.id);
    expect(left).not.toContain(unused.id);
    expect(left).toContain(used.id);
  });

  it('archives a built-in term so that new records no longer offer it', async () => {
    const { user } = renderApp('/kategorier');
    const table = await screen.findByRole('table', { name: 'Kategorier av registrerade' });
    await user.click(await within(table).findByRole('button', { name: 'Arkivera Presumtiva kunder' }));
    await waitFor(() => expect(within(table).queryByRole('row', { name: 'Presumtiva kunder' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('switch', { name: 'Visa arkiverade' }));
    expect(await within(table).findByRole('row', { name: 'Presumtiva kunder' })).toHaveTextContent('Arkiverad');
    expect(within(table).getByRole('button', { name: 'Ta bort Presumtiva kunder' })).toBeDisabled();
  });
});
