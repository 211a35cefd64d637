import type { Page } from '@playwright/test';
import type { BrowserModeApp } from '../harness/browser-mode';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// "Subscribe a customer to a service and see its processor register and the matrix change":
// on the sample register, with a service, two sub-processors and a customer of our own seeded
// through the contract, everything else done through the UI. Two tests, one per user story, so
// that neither is a long chain of screens that a loaded machine stretches past its time.

test.use({ register: 'sample' });

const subprocessor = (name: string, country: string, transferMechanism: string) => ({
  name,
  orgNr: '',
  country,
  address: '',
  website: '',
  contactName: '',
  contactEmail: '',
  serviceDescription: 'Arkivering av dokument',
  dataProcessed: 'Dokument med kontaktuppgifter',
  processingLocations: '',
  transferMechanism,
  sccModule: null,
  transferNotes: '',
  agreementDate: '2025-01-15',
  agreementNotes: '',
  status: 'active',
  notes: '',
});

const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name, exact: true })
    .click();

/** The service with one sub-processor (and one more to add later) and the customer, through the contract. */
async function seed(app: BrowserModeApp): Promise<{ customerId: number; serviceId: number }> {
  const terms = await app.call<{ id: number; code: string | null }[]>('vocabularies.list', {});
  const term = (code: string) => terms.find((t) => t.code === code)!.id;
  const vault = await app.call<{ id: number }>('subprocessors.create', subprocessor('Arkivvalvet i Norden AB', 'SE', 'none_eea'));
  await app.call('subprocessors.create', subprocessor('Molnvalv Inc.', 'US', 'adequacy_us_dpf'));
  const service = await app.call<{ id: number }>('services.create', {
    name: 'Dokumentarkiv',
    subjectMatter: 'Långtidsarkivering av kundens dokument',
    purpose: 'Att bevara kundens dokument enligt avtal',
    nature: ['storage', 'retrieval'],
    processingTermIds: [term('backup')],
    personalDataTermIds: [term('contact'), term('communication_content')],
    dataSubjectTermIds: [term('customer_end_user')],
    specialCategories: [],
    subprocessorIds: [vault.id],
    systemIds: [],
    measureIds: [],
    endOfContractAction: 'return_then_delete',
    retentionRuleId: null,
    status: 'active',
    notes: '',
  });
  const customer = await app.call<{ id: number }>('customers.create', {
    name: 'Ventilationsbolaget i Sala AB',
    orgNr: '556677-8899',
    visitingAddress: { street: '', postalCode: '', city: 'Sala', country: '' },
    invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
    invoiceSameAsVisiting: true,
    contactPersons: [],
    dpo: { name: '', email: '', phone: '' },
    contractStart: null,
    contractEnd: null,
    status: 'active',
    notes: '',
  });
  return { customerId: customer.id, serviceId: service.id };
}

test('subscribing a customer to a service shows in its processor register and in the matrix', async ({ page, app, gotoApp }) => {
  await seed(app);
  await gotoApp();

  // Before: the customer has no services, so it is not in the matrix.
  await nav(page, 'Underbiträden');
  await page.getByRole('link', { name: 'Matris' }).click();
  await expect(page.getByRole('heading', { name: 'Underbiträden per kund' })).toBeVisible();
  await page.getByLabel('Sök kund').fill('ventilationsbolaget');
  await expect(page.getByText('Inga kunder matchar.')).toBeVisible();

  // Subscribe the customer through its page.
  await nav(page, 'Kunder');
  await page.getByLabel('Sök').fill('sala');
  await page.getByRole('row', { name: /Ventilationsbolaget i Sala AB/ }).click();
  await expect(page.getByText('Kunden har inga tjänster ännu.')).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till tjänst' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lägg till tjänst för Ventilationsbolaget i Sala AB' });
  await dialog.getByRole('combobox', { name: 'Tjänst' }).click();
  await page.getByRole('option', { name: 'Dokumentarkiv' }).click();
  await dialog.getByLabel('Startdatum').fill('2025-03-01');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Dokumentarkiv har lagts till för Ventilationsbolaget i Sala AB.')).toBeVisible();

  const services = page.getByRole('table', { name: 'Tjänster' });
  await expect(services.getByRole('row', { name: 'Dokumentarkiv' })).toContainText('2025-03-01');
  await expect(services.getByRole('row', { name: 'Dokumentarkiv' })).toContainText('Aktiv');
  const entry = page.getByRole('article', { name: 'Dokumentarkiv' });
  await expect(entry).toContainText('Säkerhetskopiering');
  await expect(entry).toContainText('Innehåll i e-post och filer');
  await expect(entry).toContainText('Kunders användare och anställda');
  await expect(entry).toContainText('Arkivvalvet i Norden AB (Sverige)');
  await expect(entry).toContainText('Inga överföringar till tredjeland');
  await expect(entry).toContainText('Återlämnas och raderas sedan');

  // The processor register for all customers has its row.
  await nav(page, 'Biträdesregister');
  await expect(page.getByRole('heading', { name: 'Biträdesregister' })).toBeVisible();
  await expect(page.getByRole('row', { name: /–/ }).first()).toBeVisible();
  await page.screenshot(shot('processor-register'));
  await page.getByLabel('Sök').fill('ventilationsbolaget');
  const row = page.getByRole('row', { name: 'Ventilationsbolaget i Sala AB – Dokumentarkiv' });
  await expect(row).toContainText('556677-8899');
  await expect(row).toContainText('Arkivvalvet i Norden AB');
  await expect(row).toContainText('2025-03-01');
  await expect(page.getByText('1 post för 1 kund')).toBeVisible();

  // …and the matrix a row with a tick under the sub-processor.
  await nav(page, 'Underbiträden');
  await page.getByRole('link', { name: 'Matris' }).click();
  await expect(page.getByRole('columnheader', { name: /Arkivvalvet i Norden AB/ })).toBeVisible();
  await page.screenshot(shot('matrix'));
  await page.getByLabel('Sök kund').fill('ventilationsbolaget');
  const matrixRow = page.getByRole('row', { name: 'Ventilationsbolaget i Sala AB' });
  await expect(matrixRow.getByRole('img', { name: 'Arkivvalvet i Norden AB genom Dokumentarkiv' })).toBeVisible();
  await expect(matrixRow.getByRole('img', { name: /Molnvalv Inc\./ })).toHaveCount(0);
});

test("a change to a subscribed service shows in the customer's processor register and in the matrix", async ({ page, app, gotoApp }) => {
  const { customerId, serviceId } = await seed(app);
  await app.call('subscriptions.create', {
    customerId,
    serviceId,
    startDate: '2025-03-01',
    endDate: null,
    notes: '',
    addedTermIds: [],
    removedTermIds: [],
    addedSubprocessorIds: [],
    removedSubprocessorIds: [],
  });
  await gotoApp();

  // Change the service once: add a US sub-processor.
  await nav(page, 'Tjänster');
  await page.getByRole('row', { name: 'Dokumentarkiv' }).click();
  await page.getByRole('combobox', { name: 'Underbiträden' }).click();
  await page.getByRole('option', { name: 'Molnvalv Inc. (USA)' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Molnvalv Inc. – USA: EU–US Data Privacy Framework (art. 45)')).toBeVisible();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Dokumentarkiv har sparats.')).toBeVisible();

  // The app proposes a change notice; the customer has already agreed, so none is needed.
  const prompt = page.getByRole('status', { name: 'Förteckna föreslår ett ändringsmeddelande' });
  await prompt.getByRole('link', { name: /Granska ändringsmeddelandet/ }).click();
  const proposal = page.getByRole('region', { name: 'Förteckna föreslår ett ändringsmeddelande' });
  await proposal.getByRole('button', { name: 'Inget meddelande behövs' }).click();
  await page.getByRole('textbox', { name: 'Varför inget meddelande behövs' }).fill('Kunden har redan godkänt Molnvalv skriftligen.');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nytt underbiträde: Molnvalv Inc.' }).locator('..')).toContainText('Inget meddelande');

  // The customer's processor register follows, found through the search (Ctrl+K).
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Sök i registret' });
  await search.getByRole('combobox').fill('ventilationsbolaget sala');
  await expect(search.getByRole('group', { name: 'Kunder' }).getByRole('option', { name: /Ventilationsbolaget i Sala AB/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ventilationsbolaget i Sala AB' })).toBeVisible();
  const changed = page.getByRole('article', { name: 'Dokumentarkiv' });
  await expect(changed).toContainText('Molnvalv Inc. (USA)');
  await expect(changed).toContainText('Molnvalv Inc. – USA: EU–US Data Privacy Framework (art. 45)');

  // …and so does the matrix.
  await nav(page, 'Underbiträden');
  await page.getByRole('link', { name: 'Matris' }).click();
  await page.getByLabel('Sök kund').fill('ventilationsbolaget');
  await expect(
    page.getByRole('row', { name: 'Ventilationsbolaget i Sala AB' }).getByRole('img', { name: 'Molnvalv Inc. genom Dokumentarkiv' }),
  ).toBeVisible();
});
