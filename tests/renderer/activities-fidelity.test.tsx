import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity, type ActivityFields } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// Issue 14 in the activity form: English beside the Swedish, "no recipients" as an answer, a
// purpose with several legal bases.

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h);
});
afterEach(() => h.dispose());

const fields = (name: string, patch: Partial<ActivityFields> = {}): ActivityFields => ({ ...emptyActivity, name, ...patch });
const RECIPIENTS_MISSING = 'Mottagare är inte besvarat – ange mottagarna (även interna räknas) eller välj ”Inga mottagare”.';

describe('activity form: explicit answers and English variants', () => {
  it('saves English texts beside the Swedish, "no recipients" and a further legal basis with its scope', async () => {
    const { user } = renderApp('/behandlingar/ny');
    await user.type(await screen.findByRole('textbox', { name: 'Behandlingens namn' }), 'Webbanalys');
    await user.type(screen.getByRole('textbox', { name: 'Behandlingens namn på engelska' }), 'Web analytics');
    const purpose = screen.getByRole('group', { name: 'Ändamål 1' });
    await user.type(within(purpose).getByRole('textbox', { name: 'Ändamål' }), 'Förstå hur webbplatsen används');
    await user.type(within(purpose).getByRole('textbox', { name: 'Ändamål på engelska' }), 'Understand how the website is used');
    await user.selectOptions(within(purpose).getByRole('combobox', { name: 'Rättslig grund' }), 'consent');

    // A further basis brings the scope of the main one, and the assessment for legitimate interests.
    expect(within(purpose).queryByRole('textbox', { name: 'Huvudgrunden omfattar' })).not.toBeInTheDocument();
    await user.click(within(purpose).getByRole('button', { name: 'Lägg till rättslig grund' }));
    const more = within(purpose).getByRole('group', { name: 'Rättslig grund 1 för ändamål 1' });
    await user.selectOptions(within(more).getByRole('combobox', { name: 'Ytterligare rättslig grund' }), 'legitimate_interests');
    await user.type(within(more).getByRole('textbox', { name: 'Omfattar' }), 'användardata');
    await user.type(within(more).getByRole('textbox', { name: 'Omfattar på engelska' }), 'user data');
    await user.type(within(purpose).getByRole('textbox', { name: 'Huvudgrunden omfattar' }), 'trafikdata');
    await user.type(within(purpose).getByRole('textbox', { name: 'Intresseavvägning' }), 'Få och pseudonyma uppgifter.');

    const recipients = screen.getByRole('radiogroup', { name: 'Lämnas uppgifterna ut till någon?' });
    expect(screen.getByText('Inte besvarat. Dokumenten säger då ingenting om mottagare.')).toBeInTheDocument();
    await user.click(within(recipients).getByRole('radio', { name: /Nej, inga mottagare/ }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByRole('heading', { name: 'Webbanalys' }, { timeout: 15_000 })).toBeInTheDocument();
    const missing = await screen.findByRole('list', { name: 'Uppgifter som saknas' }, { timeout: 15_000 });
    expect(missing).not.toHaveTextContent(RECIPIENTS_MISSING);
    const [row] = (await h.call('activities.list', {})).items;
    const stored = await h.call('activities.get', { id: row!.id });
    expect(stored).toMatchObject({ name: 'Webbanalys', nameEn: 'Web analytics', noRecipients: true, recipients: [] });
    expect(stored.purposes[0]).toMatchObject({
      description: 'Förstå hur webbplatsen används',
      descriptionEn: 'Understand how the website is used',
      legalBasis: 'consent',
      basisScopeSv: 'trafikdata',
      liaText: 'Få och pseudonyma uppgifter.',
      moreBases: [{ legalBasis: 'legitimate_interests', scopeSv: 'användardata', scopeEn: 'user data', detail: '' }],
    });
  }, 60_000);

  it('switching an activity with recipients to "no recipients" hides and drops the list; an unanswered one is missing', async () => {
    const a = await h.call(
      'activities.create',
      fields('Lön', { recipients: [{ kind: 'external', termId: null, subprocessorId: null, name: 'Skatteverket' }] }),
    );
    const b = await h.call('activities.create', fields('Rekrytering'));
    expect(b.completeness.missing.map((m) => m.message)).toContain('c.recipients');

    const { user } = renderApp(`/behandlingar/${a.id}`);
    const recipients = await screen.findByRole('radiogroup', { name: 'Lämnas uppgifterna ut till någon?' });
    expect(within(recipients).getByRole('radio', { name: 'Ja, till mottagarna nedan' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Mottagarens namn' })).toHaveValue('Skatteverket');

    await user.click(within(recipients).getByRole('radio', { name: /Nej, inga mottagare/ }));
    expect(screen.queryByRole('textbox', { name: 'Mottagarens namn' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await h.call('activities.get', { id: a.id })).noRecipients).toBe(true), { timeout: 15_000 });
    expect((await h.call('activities.get', { id: a.id })).recipients).toEqual([]);

    // Back to listing: one empty row to fill in.
    await user.click(within(recipients).getByRole('radio', { name: 'Ja, till mottagarna nedan' }));
    expect(screen.getByRole('textbox', { name: 'Mottagarens namn' })).toHaveValue('');
  }, 60_000);
});
