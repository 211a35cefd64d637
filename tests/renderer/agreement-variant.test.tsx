import { notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCustomer, emptyService } from '../../shared/contract';
import { withCheckDigit } from '../../shared/orgnr';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// The agreement page offers the same version in the other language (issue 14 §3): "Engelsk
// version" makes it after the preflight, then it is saved like the version's own document.

let h: Harness;
beforeEach(async () => {
  notifications.clean();
  h = createHarness();
  await openTestRegister(h, 'Kontrollbolaget AB');
});
afterEach(() => h.dispose());

/** A register an agreement can be made from: both parties named, a service with what Bilaga 1 needs, one measure in place. */
async function seedAgreement() {
  const org = await h.call('organisation.get', {});
  await h.call('organisation.update', {
    ...org,
    orgNr: withCheckDigit('556677889'),
    address: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: '' },
    email: 'info@kontrollbolaget.se',
  });
  const m = (await h.call('securityMeasures.list', {})).find((x) => x.code === 'TECH_BACKUP')!;
  await h.call('securityMeasures.update', {
    id: m.id,
    revision: m.revision,
    fields: { category: m.category, labelSv: m.labelSv, labelEn: m.labelEn, status: 'implemented', note: '', noteEn: '' },
  });
  const terms = await h.call('vocabularies.list', {});
  const term = (kind: string) => terms.find((t) => t.kind === kind)!.id;
  const service = await h.call('services.create', {
    ...emptyService,
    name: 'Backup',
    subjectMatter: 'Säkerhetskopiering av kundens servrar',
    purpose: 'Att kunna återställa kundens data',
    nature: ['storage'],
    processingTermIds: [term('processing')],
    personalDataTermIds: [term('personal_data')],
    dataSubjectTermIds: [term('data_subject')],
    measureIds: [m.id],
  });
  const customer = await h.call('customers.create', {
    ...emptyCustomer,
    name: 'Alfa AB',
    orgNr: withCheckDigit('556036079'),
    visitingAddress: { street: 'Kungsgatan 2', postalCode: '111 22', city: 'Stockholm', country: '' },
  });
  await h.call('subscriptions.create', {
    customerId: customer.id,
    serviceId: service.id,
    startDate: '2025-01-01',
    endDate: null,
    notes: '',
    addedTermIds: [],
    removedTermIds: [],
    addedSubprocessorIds: [],
    removedSubprocessorIds: [],
  });
  const defaults = await h.call('agreements.defaults', { customerId: customer.id });
  return h.call('agreements.generate', { ...defaults, lang: 'sv', customerId: customer.id });
}

describe('the agreement in the other language', () => {
  it('is made from the agreement page past the English warnings, then offered for saving with its own checksum', async () => {
    const agreement = await seedAgreement();
    const { user } = renderApp(`/pub-avtal/${agreement.id}`);
    await user.click(await screen.findByRole('button', { name: 'Engelsk version' }));
    // The service has no English texts: the preflight warns, and the user goes on.
    expect(await screen.findByText('Kontroll före dokumentet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skapa ändå' }));
    expect(await screen.findByRole('button', { name: 'Spara engelsk version (DOCX)' })).toBeInTheDocument();
    const stored = await h.call('agreements.get', { id: agreement.id });
    expect(stored.version).toBe(agreement.version);
    expect(stored.variants.map((v) => v.lang)).toEqual(['en']);
    await waitFor(() => expect(screen.getByTestId('variant-sha256')).toHaveTextContent(stored.variants[0]!.sha256));
    expect(screen.queryByRole('button', { name: 'Engelsk version' })).not.toBeInTheDocument();
  });
});
