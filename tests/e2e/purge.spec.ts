import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Purging the register's own records: a rule for sites and equipment, a customer whose contract
// ends, the clock moved a year ahead, the purge list with its reason, the purge and its log.

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/screenshots');

const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name, exact: true })
    .click();

const blankCustomer = {
  orgNr: '',
  visitingAddress: { street: '', postalCode: '', city: 'Västerås', country: '' },
  invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
  invoiceSameAsVisiting: true,
  dpo: { name: '', email: '', phone: '' },
  contractStart: '2021-03-01',
  contractEnd: null,
  status: 'active',
  notes: '',
};

const device = (hostname: string, notes = '') => ({
  type: 'server',
  make: 'Dell',
  model: 'PowerEdge T150',
  serialNumber: '',
  hostname,
  networkNotes: '',
  personalData: '',
  encrypted: 'yes',
  serviceIds: [],
  installedOn: null,
  removedOn: null,
  status: 'in_use',
  notes,
});

test('a device of an ended customer falls due a year later, is purged and logged', async ({ page, app, gotoApp }) => {
  test.setTimeout(90_000); // the whole story, through five screens
  app.setToday('2026-11-22');
  const customer = await app.call<{ id: number }>('customers.create', {
    ...blankCustomer,
    name: 'Gamla Tryckeriet AB',
    contactPersons: [{ name: 'Bengt Karlsson', role: 'VD', email: 'bengt@tryckeriet.se', phone: '' }],
  });
  await gotoApp();

  // The CMDB rule, applied to the register's own sites and equipment.
  await nav(page, 'Gallring');
  await page.getByRole('button', { name: 'Ny gallringsregel' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('textbox', { name: 'Namn', exact: true }).fill('CMDB');
  await expect(form.getByTestId('rule-words')).toHaveText('Rensas ett år efter avslutat avtal');
  await form.getByRole('checkbox', { name: 'Kundplatser' }).check();
  await form.getByRole('checkbox', { name: 'Utrustning hos kunder' }).check();
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('row', { name: 'CMDB' })).toContainText('Gallrar i registret: Kundplatser, Utrustning hos kunder');

  // On the customer page: a site and a device there.
  await page.goto(`${app.baseUrl}/#/kunder/${customer.id}`);
  await page.getByRole('button', { name: 'Ny plats' }).click();
  const siteForm = page.getByRole('dialog');
  await siteForm.getByLabel('Platsens namn').fill('Tryckeriet, källaren');
  await siteForm.getByLabel('Tillträde').fill('Nyckel hos vaktmästaren');
  await siteForm.getByRole('button', { name: 'Spara plats' }).click();
  await expect(page.getByText('Tryckeriet, källaren har lagts till.')).toBeVisible();
  await page.getByRole('link', { name: 'Lägg till utrustning på Tryckeriet, källaren' }).click();
  await page.getByLabel('Värdnamn').fill('tryck-srv01');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('tryck-srv01 har lagts till.')).toBeVisible();
  const sites = await app.call<{ id: number }[]>('sites.list', { customerId: customer.id });
  await app.call('equipment.create', {
    customerId: customer.id,
    siteId: sites[0]!.id,
    fields: device('tryck-nas01', 'Larmkod i kassaskåpet'),
  });

  // The customer's contract ends.
  await page.goto(`${app.baseUrl}/#/kunder/${customer.id}`);
  await expect(page.getByRole('table', { name: 'Tryckeriet, källaren' })).toContainText('tryck-srv01');
  await page.getByLabel('Avtal t.o.m.').fill('2026-11-20');
  await page.getByRole('radio', { name: 'Avslutad' }).check();
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Gamla Tryckeriet AB har sparats.')).toBeVisible();

  // Nothing is due yet; a year and more later the site and its devices are.
  await nav(page, 'Gallring');
  await page.getByRole('tab', { name: 'Att gallra' }).click();
  await expect(page.getByText('Inget är att gallra 2026-11-22.')).toBeVisible();
  app.setToday('2027-12-01');
  await page.reload();
  await page.getByRole('tab', { name: 'Att gallra' }).click();
  await expect(page.getByLabel('Datum')).toHaveValue('2027-12-01');
  const table = page.getByRole('table', { name: 'CMDB – Gamla Tryckeriet AB' });
  const server = table.getByRole('row', { name: 'tryck-srv01' });
  await expect(server).toContainText('2027-11-20');
  await expect(server).toContainText('Avtalet upphörde 2026-11-20; regeln CMDB: rensas ett år efter avslutat avtal');
  await expect(table.getByRole('row', { name: 'Tryckeriet, källaren' })).toBeVisible();
  await expect(page.getByText('3 att gallra · 0 görs för hand · 0 spärrade · 0 kommande')).toBeVisible();

  // Carry it out: the confirmation states the counts.
  await page.getByRole('button', { name: 'Genomför gallring' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('Gallring för 2027-12-01:');
  await expect(confirm).toContainText('1 kundplats raderas');
  await expect(confirm).toContainText('2 enheter raderas');
  await confirm.getByRole('button', { name: 'Gallra' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Raderat: 1 kundplats, 2 enheter.' })).toBeVisible();
  await expect(page.getByText('Inget är att gallra 2027-12-01.')).toBeVisible();

  // The log says what, when, under which rule and by whom — without the deleted data.
  await page.getByRole('tab', { name: 'Gallringslogg' }).click();
  const entry = page.getByRole('row', { name: 'CMDB – Gamla Tryckeriet AB' });
  await expect(entry).toContainText('2027-12-01');
  await expect(entry).toContainText('Raderat');
  await expect(entry).toContainText('1 kundplats, 2 enheter');
  await expect(page.getByRole('table', { name: 'Gallringslogg' })).not.toContainText('tryck-srv01');

  // The site and its devices are gone from the customer page.
  await page.goto(`${app.baseUrl}/#/kunder/${customer.id}`);
  await expect(page.getByLabel('Namn', { exact: true })).toHaveValue('Gamla Tryckeriet AB');
  await expect(page.getByText('Kunden har inga platser ännu.', { exact: false })).toBeVisible();
  await expect(page.getByText('tryck-srv01')).toHaveCount(0);
});

test('a legal hold keeps an item on the list, marked with its reason', async ({ page, app, gotoApp }) => {
  app.setToday('2027-12-01');
  const customer = await app.call<{ id: number }>('customers.create', {
    ...blankCustomer,
    name: 'Tvistiga Kunden AB',
    contractEnd: '2026-01-31',
    status: 'ended',
    contactPersons: [],
  });
  await app.call('retentionRules.create', {
    nameSv: 'CMDB',
    nameEn: '',
    storageLocation: '',
    purpose: '',
    anchorKind: 'event',
    anchorEvent: 'contract_ended',
    roundAnchorTo: 'none',
    duration: 'P1Y',
    inclusive: false,
    backupLag: null,
    action: 'delete',
    legalMinimumDuration: null,
    legalMinimumSource: '',
    legalBasisRef: '',
    legalHoldAllowed: true,
    policySv: '',
    policyEn: '',
    appliesTo: ['equipment'],
  });
  await app.call('equipment.create', { customerId: customer.id, siteId: null, fields: device('tvist-srv') });
  await gotoApp();
  await nav(page, 'Gallring');
  await page.getByRole('tab', { name: 'Spärrar' }).click();
  await page.getByRole('button', { name: 'Ny spärr' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: 'Kund' }).fill('tvist');
  await page.getByRole('option', { name: 'Tvistiga Kunden AB' }).click();
  await form.getByRole('textbox', { name: 'Skäl' }).fill('Tvist om fakturor');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('row', { name: 'Tvist om fakturor' })).toContainText('Gäller');

  await page.getByRole('tab', { name: 'Att gallra' }).click();
  const row = page.getByRole('row', { name: 'tvist-srv' });
  await expect(row).toContainText('Spärrad: Tvist om fakturor');
  await expect(page.getByRole('button', { name: 'Genomför gallring' })).toBeDisabled();
});

test.describe('screenshot', () => {
  test.use({ register: 'sample' });

  test('the purge list of the sample register', async ({ page, app, gotoApp }) => {
    app.setToday('2027-08-01');
    // A hold on one customer's CMDB records, so the picture shows every status.
    const rules = await app.call<{ id: number; nameSv: string }[]>('retentionRules.list', {});
    const { items } = await app.call<{ items: { id: number }[] }>('customers.list', { query: 'Hökåsens' });
    await app.call('legalHolds.create', {
      customerId: items[0]!.id,
      ruleId: rules.find((r) => r.nameSv.startsWith('CMDB'))!.id,
      reason: 'Tvist om återlämnad utrustning',
    });
    await gotoApp();
    await nav(page, 'Gallring');
    await page.getByRole('tab', { name: 'Att gallra' }).click();
    await page.getByText('Och inom 90 dagar', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Och inom 90 dagar' })).toBeChecked();
    await expect(page.getByRole('table', { name: /Kunduppgifter .* – Gamla Tryckeriet i Västerås AB/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /Kunduppgifter .* – Hökåsens Kontorshotell AB/ })).toContainText('Om 61 dagar');
    await page.screenshot({ path: path.join(screenshots, 'purge-list.png'), animations: 'disabled' });
  });
});
