import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity, type ActivityFields } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

const fields = (name: string, patch: Partial<ActivityFields> = {}): ActivityFields => ({ ...emptyActivity, name, ...patch });

const LIA_MISSING = 'Ändamål 1: Intresseavvägning saknas för berättigat intresse.';

describe('processing activities', () => {
  it('lists the missing balancing test for a legitimate-interest purpose, and drops it once it is written', async () => {
    const { user } = renderApp('/behandlingar/ny');
    const panel = await screen.findByRole('region', { name: 'Vad saknas?' });
    expect(panel).toHaveTextContent('Spara behandlingen så visas här');

    await user.type(screen.getByRole('textbox', { name: 'Behandlingens namn' }), 'Övervakningsloggar');
    const purpose = screen.getByRole('group', { name: 'Ändamål 1' });
    await user.type(within(purpose).getByRole('textbox', { name: 'Ändamål' }), 'Upptäcka intrång i vår egen infrastruktur');
    await user.selectOptions(within(purpose).getByRole('combobox', { name: 'Rättslig grund' }), 'legitimate_interests');
    // The balancing test only appears for legitimate interests.
    expect(within(purpose).getByRole('textbox', { name: 'Intresseavvägning' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByRole('heading', { name: 'Övervakningsloggar' }, { timeout: 15_000 })).toBeInTheDocument();
    const missing = await screen.findByRole('list', { name: 'Uppgifter som saknas' }, { timeout: 15_000 });
    expect(within(missing).getByText(LIA_MISSING)).toBeInTheDocument();
    expect(within(missing).getByText('Kategorier av registrerade saknas.')).toBeInTheDocument();
    const [stored] = (await h.call('activities.list', {})).items;
    expect(stored?.legalBases).toEqual(['legitimate_interests']);

    const savedPurpose = screen.getByRole('group', { name: 'Ändamål 1' });
    await user.type(
      within(savedPurpose).getByRole('textbox', { name: 'Intresseavvägning' }),
      'Vårt intresse av säker drift väger tyngre; loggarna innehåller bara tekniska uppgifter.',
    );
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(screen.queryByText(LIA_MISSING)).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: 'Uppgifter som saknas' })).toHaveTextContent('Kategorier av registrerade saknas.');
    const after = await h.call('activities.get', { id: stored!.id });
    expect(after.purposes[0]?.liaText).toContain('säker drift');
    expect(after.completeness.missing.some((m) => m.message === 'c.liaText')).toBe(false);
  }, 60_000);

  it('shows a per-field error for a missing name and saves nothing', async () => {
    const { user } = renderApp('/behandlingar/ny');
    await user.click(await screen.findByRole('button', { name: 'Spara' }));
    const name = screen.getByRole('textbox', { name: 'Behandlingens namn' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Fältet måste fyllas i.'));
    expect((await h.call('activities.list', {})).items).toHaveLength(0);
  });

  it('asks for the Art. 9 condition when a special category is ticked, and hints when a flagged data category is chosen', async () => {
    const { user } = renderApp('/behandlingar/ny');
    await user.type(await screen.findByRole('textbox', { name: 'Behandlingens namn' }), 'Personaladministration');
    expect(screen.queryByRole('group', { name: 'Undantag som gör behandlingen tillåten (art. 9.2)' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Uppgifter om hälsa' }));
    expect(screen.getByRole('group', { name: 'Undantag som gör behandlingen tillåten (art. 9.2)' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /Personnummer eller samordningsnummer/ }));
    expect(screen.getByRole('status')).toHaveTextContent('innebär personnummer');
    await user.click(screen.getByRole('checkbox', { name: 'Behandlingen omfattar personnummer eller samordningsnummer' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Varför personnummer behövs' }), 'clearly_justified_secure_id');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const list = await screen.findByRole('list', { name: 'Uppgifter som saknas' }, { timeout: 15_000 });
    expect(list).toHaveTextContent('Undantag enligt art. 9.2 saknas för känsliga personuppgifter.');
    expect(list).not.toHaveTextContent('Motivering för personnummer saknas.');
    const [row] = (await h.call('activities.list', {})).items;
    const stored = await h.call('activities.get', { id: row!.id });
    expect(stored.specialCategories).toEqual(['health']);
    expect(stored.pnrJustification).toBe('clearly_justified_secure_id');
  }, 60_000);

  it('lists activities with legal bases and completeness, searches, duplicates and archives', async () => {
    const terms = await h.call('vocabularies.list', {});
    const subject = terms.find((t) => t.kind === 'data_subject')!;
    await h.call(
      'activities.create',
      fields('Fakturering och bokföring', {
        refNo: 'B-02',
        owner: 'Ekonomichef',
        purposes: [{ description: 'Fakturera kunder', legalBasis: 'legal_obligation', legalBasisDetail: 'BFL 7 kap.', liaText: '' }],
        dataSubjectTermIds: [subject.id],
      }),
    );
    await h.call('activities.create', fields('Rekrytering', { refNo: 'B-07' }));

    const { user } = renderApp('/behandlingar');
    const table = await screen.findByRole('table', { name: 'Behandlingar' });
    const row = await within(table).findByRole('row', { name: 'Fakturering och bokföring' });
    expect(row).toHaveTextContent('B-02');
    expect(row).toHaveTextContent('Rättslig förpliktelse');
    expect(row).toHaveTextContent('Ekonomichef');
    expect(row).toHaveTextContent(/\d+ % – \d+ saknas/);
    expect(screen.getByText('2 behandlingar')).toBeInTheDocument();
    expect(screen.getByTestId('register-score')).toHaveTextContent(/Registret är \d+ % komplett/);

    await user.type(screen.getByRole('searchbox', { name: 'Sök' }), 'rekry');
    await waitFor(() => expect(within(table).queryByRole('row', { name: 'Fakturering och bokföring' })).not.toBeInTheDocument());
    await user.click(within(table).getByRole('row', { name: 'Rekrytering' }));

    await user.click(await screen.findByRole('button', { name: 'Kopiera' }));
    expect(await screen.findByRole('heading', { name: /Rekrytering \(kopia\)/ }, { timeout: 15_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Arkivera' }));
    expect(await screen.findByRole('button', { name: 'Återställ från arkivet' })).toBeInTheDocument();
    const list = await h.call('activities.list', { includeArchived: false });
    expect(list.items.map((a) => a.name).sort()).toEqual(['Fakturering och bokföring', 'Rekrytering']);
  }, 60_000);

  it('shows the conflict message on a stale save and loads the latest version on request', async () => {
    const created = await h.call('activities.create', fields('Kundregister'));
    const { user } = renderApp(`/behandlingar/${created.id}`);
    expect(await screen.findByRole('textbox', { name: 'Behandlingens namn' })).toHaveValue('Kundregister');
    await h.call('activities.update', { id: created.id, revision: created.revision, fields: fields('Kundregister (CRM)') });

    await user.type(screen.getByRole('textbox', { name: 'Ansvarig i verksamheten' }), 'Vd');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await screen.findByText('Någon annan har ändrat posten sedan du öppnade den. Dina ändringar har inte sparats.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Läs in senaste versionen' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Behandlingens namn' })).toHaveValue('Kundregister (CRM)'));
  });

  it('deletes an activity after confirmation', async () => {
    const created = await h.call('activities.create', fields('Tillfällig behandling'));
    const { user } = renderApp(`/behandlingar/${created.id}`);
    await user.click(await screen.findByRole('button', { name: 'Ta bort' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Borttagningen kan ångras under Historik');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByRole('table', { name: 'Behandlingar' }, { timeout: 15_000 })).toBeInTheDocument();
    expect((await h.call('activities.list', { includeArchived: true })).items).toHaveLength(0);
  });
});
