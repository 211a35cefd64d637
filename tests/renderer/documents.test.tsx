import { notifications } from '@mantine/notifications';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity, type ActivityFields } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h, 'Policybolaget AB');
});
afterEach(() => {
  h.dispose();
  notifications.clean(); // the notification store outlives the rendered app
});

const activity = (name: string, purpose: string, patch: Partial<ActivityFields> = {}): ActivityFields => ({
  ...emptyActivity,
  name,
  status: 'active',
  purposes: [{ description: purpose, legalBasis: 'contract', legalBasisDetail: '', liaText: '' }],
  ...patch,
});

const preview = () => screen.getByRole('document', { name: 'Förhandsvisning av integritetspolicyn' });

describe('privacy notice on Dokument och export', () => {
  it('saves the introduction, leaves out an activity and shows the change in the preview', async () => {
    await h.call('activities.create', activity('Kundregister', 'Administrera kundavtal och fakturor'));
    const internal = await h.call(
      'activities.create',
      activity('Intern loggning av behörigheter', 'Spåra ändringar av behörigheter internt'),
    );

    const { user } = renderApp('/dokument');
    expect(await screen.findByRole('heading', { name: 'Dokument och export' })).toBeInTheDocument();
    await waitFor(() => expect(preview()).toHaveTextContent('Policybolaget AB'));
    expect(preview()).toHaveTextContent('Intern loggning av behörigheter');
    expect(preview()).toHaveTextContent('Kundregister');
    expect(screen.getByText(/^Bygger på registret /)).toBeInTheDocument();

    // Both activities are included by default.
    const include = screen.getByRole('checkbox', { name: 'Ta med Intern loggning av behörigheter i integritetspolicyn' });
    expect(include).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Ta med Kundregister i integritetspolicyn' })).toBeChecked();
    expect(screen.getByText('2 av 2 behandlingar tas med')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Inledning på svenska' }), 'Vi värnar om din integritet på Policybolaget.');
    await user.click(include);
    expect(include).not.toBeChecked();
    expect(screen.getByText('1 av 2 behandlingar tas med')).toBeInTheDocument();
    // Until saved, the preview says it shows the saved version.
    expect(screen.getByText(/Förhandsvisningen och exporten bygger på den sparade versionen/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Integritetspolicyn har sparats.')).toBeInTheDocument();
    await waitFor(() => expect(preview()).not.toHaveTextContent('Intern loggning av behörigheter'));
    expect(preview()).toHaveTextContent('Vi värnar om din integritet på Policybolaget.');
    expect(preview()).toHaveTextContent('Kundregister');
    expect(screen.queryByText(/Förhandsvisningen och exporten bygger på den sparade versionen/)).not.toBeInTheDocument();

    const saved = await h.call('privacyNotice.get', {});
    expect(saved.introSv).toBe('Vi värnar om din integritet på Policybolaget.');
    expect(saved.excludedActivityIds).toEqual([internal.id]);
    expect(saved.activities.find((a) => a.id === internal.id)?.included).toBe(false);

    // The English preview.
    await user.click(within(screen.getByRole('group', { name: 'Dokumentets språk' })).getByRole('button', { name: 'English' }));
    await waitFor(() => expect(preview()).toHaveTextContent(/Integritetsskyddsmyndigheten|Swedish Authority for Privacy Protection|IMY/));
    expect(preview()).not.toHaveTextContent('Intern loggning av behörigheter');
  });

  it('adds, orders and removes own sections and shows per-field errors', async () => {
    const { user } = renderApp('/dokument');
    await screen.findByText('Inga egna avsnitt.');

    await user.click(screen.getByRole('button', { name: 'Lägg till avsnitt' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till avsnitt' }));
    // A section needs a Swedish heading.
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    const first = screen.getByRole('group', { name: 'Avsnitt 1' });
    expect(await within(first).findByText('Fältet måste fyllas i.')).toBeInTheDocument();

    await user.type(within(first).getByRole('textbox', { name: 'Rubrik på svenska (avsnitt 1)' }), 'Kameraövervakning');
    await user.type(within(first).getByRole('textbox', { name: 'Text på svenska (avsnitt 1)' }), 'Entrén är kameraövervakad.');
    const second = screen.getByRole('group', { name: 'Avsnitt 2' });
    await user.type(within(second).getByRole('textbox', { name: 'Rubrik på svenska (avsnitt 2)' }), 'Nyhetsbrev');
    await user.click(screen.getByRole('button', { name: 'Flytta avsnitt 2 uppåt' }));
    expect(
      within(screen.getByRole('group', { name: 'Avsnitt 1' })).getByRole('textbox', { name: 'Rubrik på svenska (avsnitt 1)' }),
    ).toHaveValue('Nyhetsbrev');

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Integritetspolicyn har sparats.')).toBeInTheDocument();
    expect((await h.call('privacyNotice.get', {})).sections.map((s) => s.titleSv)).toEqual(['Nyhetsbrev', 'Kameraövervakning']);
    await waitFor(() => expect(preview()).toHaveTextContent('Entrén är kameraövervakad.'));

    await user.click(screen.getByRole('button', { name: 'Ta bort avsnitt 1' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () =>
      expect((await h.call('privacyNotice.get', {})).sections.map((s) => s.titleSv)).toEqual(['Kameraövervakning']),
    );
  });

  it('shows the conflict message when the notice was changed elsewhere', async () => {
    const { user } = renderApp('/dokument');
    const intro = await screen.findByRole('textbox', { name: 'Inledning på svenska' });
    const current = await h.call('privacyNotice.get', {});
    await h.call('privacyNotice.update', {
      revision: current.revision,
      introSv: 'Ändrad i ett annat fönster.',
      introEn: '',
      excludedActivityIds: [],
      sections: [],
    });

    await user.type(intro, 'Min egen inledning.');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Någon annan har ändrat posten/)).toBeInTheDocument();
    expect((await h.call('privacyNotice.get', {})).introSv).toBe('Ändrad i ett annat fönster.');
    await user.click(screen.getByRole('button', { name: 'Läs in senaste versionen' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Inledning på svenska' })).toHaveValue('Ändrad i ett annat fönster.'));
  });

  it('offers the Excel export and leads to the agreements', async () => {
    renderApp('/dokument');
    const excel = await screen.findByRole('region', { name: 'Registret som Excel' });
    expect(within(excel).getByRole('button', { name: 'Spara som Excel' })).toBeEnabled();
    expect(excel).not.toHaveTextContent('Kommer');
    const agreements = screen.getByRole('region', { name: 'PUB-avtal' });
    expect(within(agreements).getByRole('link', { name: 'Gå till PUB-avtal' })).toHaveAttribute('href', '#/pub-avtal');
  });
});
