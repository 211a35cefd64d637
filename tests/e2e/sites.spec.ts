import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/screenshots');
const nav = (page: Page) => page.getByRole('navigation', { name: /Huvudmeny|Main menu/ });

async function addSite(page: Page, name: string, street: string) {
  await page.getByRole('button', { name: 'Ny plats' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Platsens namn').fill(name);
  await dialog.getByLabel('Gatuadress').fill(street);
  await dialog.getByLabel('Ort').fill('Köping');
  await dialog.getByRole('button', { name: 'Spara plats' }).click();
  await expect(page.getByText(`${name} har lagts till.`)).toBeVisible();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

async function addDevice(
  page: Page,
  site: string,
  device: { type: string; make: string; model: string; serial: string; hostname: string },
) {
  await page.getByRole('link', { name: `Lägg till utrustning på ${site}` }).click();
  await expect(page.getByRole('heading', { name: 'Ny utrustning' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Plats' }).locator('option:checked')).toHaveText(site);
  await page.getByRole('combobox', { name: 'Typ', exact: true }).selectOption({ label: device.type });
  await page.getByLabel('Märke').fill(device.make);
  await page.getByLabel('Modell').fill(device.model);
  await page.getByLabel('Serienummer').fill(device.serial);
  await page.getByLabel('Värdnamn').fill(device.hostname);
  await page.getByLabel('Installerad').fill('2024-05-06');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText(`${device.hostname} har lagts till.`)).toBeVisible();
  await expect(page.getByText(`Står nu: ${site}`)).toBeVisible();
}

test('adds a site and two devices from the customer page, finds one by serial number and moves it, keeping the history', async ({
  page,
  app,
  gotoApp,
}) => {
  test.slow(); // a long walk through three screens
  const customer = await app.call<{ id: number }>('customers.create', {
    name: 'Köpings Bygg & Måleri AB',
    orgNr: '',
    visitingAddress: { street: 'Glasgatan 4', postalCode: '731 30', city: 'Köping', country: '' },
    invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
    invoiceSameAsVisiting: true,
    contactPersons: [],
    dpo: { name: '', email: '', phone: '' },
    contractStart: null,
    contractEnd: null,
    status: 'active',
    notes: '',
  });
  await gotoApp();
  await page.goto(`${app.baseUrl}/#/kunder/${customer.id}`);
  await expect(page.getByText('Kunden har inga platser ännu.', { exact: false })).toBeVisible();

  await addSite(page, 'Kontoret', 'Glasgatan 4');
  await addSite(page, 'Lagret', 'Industrivägen 9');
  await addDevice(page, 'Kontoret', { type: 'Server', make: 'Dell', model: 'PowerEdge T350', serial: '4HQ9ZN3', hostname: 'kbm-srv01' });
  await page.getByRole('link', { name: 'Köpings Bygg & Måleri AB' }).click();
  await addDevice(page, 'Kontoret', {
    type: 'Brandvägg',
    make: 'Fortinet',
    model: 'FortiGate 60F',
    serial: 'FGT60FTK21047731',
    hostname: 'kbm-fw01',
  });

  // The customer page lists both devices under the site.
  await page.getByRole('link', { name: 'Köpings Bygg & Måleri AB' }).click();
  const office = page.getByRole('article', { name: 'Kontoret' });
  await expect(office.getByRole('link', { name: 'kbm-srv01' })).toBeVisible();
  await expect(office.getByRole('link', { name: 'kbm-fw01' })).toBeVisible();
  await expect(office).toContainText('2 enheter');

  // The CMDB screen finds the server by (part of) its serial number, in lower case.
  await nav(page).getByRole('link', { name: 'Kundplatser och utrustning' }).click();
  await expect(page.locator('#cmdb-count')).toHaveText('2 enheter');
  await page.getByLabel('Sök').fill('hq9z');
  await expect(page.locator('#cmdb-count')).toHaveText('1 enhet');
  const row = page.getByRole('row', { name: /kbm-srv01/ });
  await expect(row).toContainText('Köpings Bygg & Måleri AB');
  await expect(row).toContainText('Kontoret');
  await row.click();

  // Move it to the warehouse; the history keeps where it was.
  await expect(page.getByRole('heading', { name: 'kbm-srv01' })).toBeVisible();
  await page.getByRole('button', { name: 'Flytta' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Flytta kbm-srv01' });
  await expect(dialog.getByRole('combobox', { name: 'Till plats' }).locator('option:checked')).toHaveText('Lagret');
  await dialog.getByLabel('Datum').fill('2026-03-02');
  await dialog.getByLabel('Anteckning').fill('Kontoret byggs om.');
  await dialog.getByRole('button', { name: 'Flytta' }).click();
  await expect(page.getByText('kbm-srv01 har flyttats till Lagret.')).toBeVisible();
  const history = page.getByRole('region', { name: 'Placering och historik' });
  await expect(history).toContainText('Står nu: Lagret');
  await expect(history).toContainText('Placerad: Kontoret');
  await expect(history).toContainText('Kontoret → Lagret');
  await expect(history).toContainText('2026-03-02');
  await expect(history).toContainText('Kontoret byggs om.');

  // The office now has one device; deleting the warehouse is refused while the server stands there.
  await page.getByRole('link', { name: 'Köpings Bygg & Måleri AB' }).click();
  await expect(page.getByRole('article', { name: 'Kontoret' })).toContainText('1 enhet');
  await page.getByRole('button', { name: 'Ta bort Lagret' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enheter på platsen: 1.' })).toBeVisible();
});

test.describe('with the sample register', () => {
  test.use({ register: 'sample' });

  test('the CMDB screen lists the sample equipment (README screenshot)', async ({ page, gotoApp }) => {
    await gotoApp();
    await nav(page).getByRole('link', { name: 'Kundplatser och utrustning' }).click();
    await expect(page.locator('#cmdb-count')).toHaveText(/^\d+ enheter$/);
    await expect(page.getByRole('row', { name: /vred-srv01/ })).toBeVisible();
    await page.screenshot({ path: path.join(screenshots, 'cmdb.png'), animations: 'disabled' });
    await page.getByRole('combobox', { name: 'Typ', exact: true }).selectOption({ label: 'Kamera' });
    await expect(page.locator('#cmdb-count')).toHaveText('2 enheter');
  });
});
