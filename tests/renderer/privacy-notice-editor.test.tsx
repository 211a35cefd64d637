// The notice editor's explicit answers (issue 14): cookies, drafts let in, the retention table's
// order and the "gäller från" date, saved through the real core and seen in the preview.
import { notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyActivity, emptyRetentionRule, retentionRuleFields, type ActivityFields } from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  await openTestRegister(h, 'Policybolaget AB');
});
afterEach(() => {
  h.dispose();
  notifications.clean();
});

const activity = (name: string, patch: Partial<ActivityFields> = {}): ActivityFields => ({
  ...emptyActivity,
  name,
  status: 'active',
  noRecipients: true,
  purposes: [{ description: 'Administrera kundavtal', legalBasis: 'contract', legalBasisDetail: '', liaText: '' }],
  ...patch,
});

const preview = () => screen.getByRole('document', { name: 'Förhandsvisning av integritetspolicyn' });

describe('privacy notice editor: explicit answers', () => {
  it('lets a draft in, answers the cookie question with a list, dates the notice and orders the retention table', async () => {
    const rule = (nameSv: string) =>
      h.call(
        'retentionRules.create',
        retentionRuleFields.parse({ ...emptyRetentionRule, nameSv, storageLocation: 'Server', purpose: 'Avtal' }),
      );
    const first = await rule('Kunduppgifter');
    const second = await rule('Ärenden');
    await h.call(
      'activities.create',
      activity('Kundregister', {
        retention: [
          { termId: null, retentionRuleId: first.id },
          { termId: null, retentionRuleId: second.id },
        ],
      }),
    );
    const draft = await h.call('activities.create', activity('Kamerabevakning', { status: 'draft' }));

    const { user } = renderApp('/dokument');
    await waitFor(() => expect(preview()).toHaveTextContent('Kundregister'));
    // The draft is out by default, and the preview says so.
    const include = screen.getByRole('checkbox', { name: 'Ta med Kamerabevakning i integritetspolicyn' });
    expect(include).not.toBeChecked();
    expect(screen.getByTestId('left-out')).toHaveTextContent('Kamerabevakning (utkast, inte ikryssat)');
    expect(preview()).not.toHaveTextContent('Kamerabevakning');
    await user.click(include);
    expect(include).toBeChecked();

    // The preflight's "Åtgärda" finds the answers by their contract names.
    for (const field of ['cookies', 'excludedActivityIds', 'retentionOrder', 'validFrom', 'introEn'])
      expect(document.querySelector(`[name="${field}"], [data-field="${field}"]`), field).not.toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Gäller från' }), '2027-01-01');
    await user.click(screen.getByRole('radio', { name: 'Webbplatsen använder de kakor som beskrivs här' }));
    await user.type(screen.getByRole('textbox', { name: 'Namn eller kategori (kaka 1)' }), 'sessionid');
    await user.type(screen.getByRole('textbox', { name: 'Syfte på svenska (kaka 1)' }), 'Håller dig inloggad');
    await user.click(screen.getByRole('checkbox', { name: 'Kräver samtycke (kaka 1)' }));

    expect(screen.getByText('1. Kunduppgifter')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Flytta Ärenden uppåt' }));
    expect(screen.getByText('1. Ärenden')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Integritetspolicyn har sparats.')).toBeInTheDocument();
    const saved = await h.call('privacyNotice.get', {});
    expect(saved).toMatchObject({
      validFrom: '2027-01-01',
      cookies: 'described',
      includedDraftIds: [draft.id],
      retentionOrder: [second.id, first.id],
    });
    expect(saved.cookieList).toEqual([
      expect.objectContaining({ name: 'sessionid', purposeSv: 'Håller dig inloggad', needsConsent: false }),
    ]);
    await waitFor(() => expect(preview()).toHaveTextContent('Kamerabevakning'));
    expect(preview()).toHaveTextContent('gäller från 2027-01-01');
    expect(preview()).toHaveTextContent('sessionid');
    expect(screen.queryByTestId('left-out')).not.toBeInTheDocument();
    const text = preview().textContent ?? '';
    expect(text.indexOf('Ärenden')).toBeLessThan(text.indexOf('Kunduppgifter'));
  });
});
