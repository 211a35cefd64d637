import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const newCustomer = (page: Page) => page.getByRole('button', { name: 'Ny kund' });

test('adds a customer after fixing the errors the form shows, then finds, edits and deletes it', async ({ page, gotoApp }) => {
  await gotoApp();
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: 'Kunder', exact: true })
    .click();
  await newCustomer(page).click();

  // A wrong check digit and a missing name are shown next to their fields, in Swedish.
  await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('556677-8890');
  await page.getByLabel('Avtal från').fill('2025-03-01');
  await page.getByLabel('Avtal t.o.m.').fill('2024-01-01');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Fältet måste fyllas i.').first()).toBeVisible();
  await expect(page.getByText(/kontrollsiffran är fel/)).toBeVisible();
  await expect(page.getByText('Avtalets slutdatum kan inte ligga före startdatum.')).toBeVisible();

  await page.getByLabel('Namn', { exact: true }).fill('Mälardalens Ventilation AB');
  await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('5566778899');
  await page.getByLabel('Avtal t.o.m.').fill('');
  await page.getByLabel('Ort', { exact: true }).fill('Västerås');
  await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
  await page.getByRole('textbox', { name: 'Kontaktperson 1', exact: true }).fill('Åsa Öberg');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Mälardalens Ventilation AB har lagts till.')).toBeVisible();

  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: 'Kunder', exact: true })
    .click();
  const search = page.getByLabel('Sök', { exact: true });
  await search.fill('malardalen'); // without diacritics
  const row = page.getByRole('row', { name: /Mälardalens Ventilation AB/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('556677-8899');
  await expect(row).toContainText('Åsa Öberg');
  await search.fill('finns inte alls');
  await expect(page.getByText('Inga kunder matchar sökningen.')).toBeVisible();
  await search.fill('ventilation');
  await page.getByRole('row', { name: /Mälardalens Ventilation AB/ }).click();

  await page.getByLabel('Anteckningar').fill('Serverrum i källaren.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Mälardalens Ventilation AB har sparats.')).toBeVisible();

  await page.getByRole('button', { name: 'Ta bort' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Borttagningen kan ångras under Historik');
  await dialog.getByRole('button', { name: 'Ta bort' }).click();
  await expect(page.getByText('Mälardalens Ventilation AB har tagits bort.')).toBeVisible();
  // Back on the list, which keeps the search: the customer is gone.
  await expect(page.getByText('0 kunder')).toBeVisible();
  await expect(page.getByText('Inga kunder matchar sökningen.')).toBeVisible();
});

test('a stale save from a second tab gets a conflict message instead of overwriting', async ({ page, context, app, gotoApp }) => {
  const customer = await app.call<{ id: number }>('customers.create', {
    name: 'Köpings Bygg AB',
    orgNr: '',
    visitingAddress: { street: '', postalCode: '', city: 'Köping', country: '' },
    invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
    invoiceSameAsVisiting: true,
    contactPersons: [],
    dpo: { name: '', email: '', phone: '' },
    contractStart: null,
    contractEnd: null,
    status: 'active',
    notes: '',
  });
  await gotoApp(page);
  const second = await context.newPage();
  await gotoApp(second);
  for (const tab of [page, second]) {
    await tab.goto(`${app.baseUrl}/#/kunder/${customer.id}`);
    await expect(tab.getByLabel('Namn', { exact: true })).toHaveValue('Köpings Bygg AB');
  }

  await page.getByLabel('Anteckningar').fill('Ändrat i första fliken');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Köpings Bygg AB har sparats.')).toBeVisible();

  await second.getByLabel('Anteckningar').fill('Ändrat i andra fliken');
  await second.getByRole('button', { name: 'Spara' }).click();
  await expect(second.getByText(/Någon annan har ändrat posten/)).toBeVisible();
  const stored = await app.call<{ notes: string }>('customers.get', { id: customer.id });
  expect(stored.notes).toBe('Ändrat i första fliken');

  await second.getByRole('button', { name: 'Läs in senaste versionen' }).click();
  await expect(second.getByLabel('Anteckningar')).toHaveValue('Ändrat i första fliken');
});

test.describe('with the sample register', () => {
  test.use({ register: 'sample' });

  test('lists the sample customers in a virtualised table and sorts them', async ({ page, gotoApp }) => {
    await gotoApp();
    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Kunder', exact: true })
      .click();
    await expect(page.getByText('30 kunder')).toBeVisible();
    await expect(page.getByRole('row', { name: /Arboga Mekaniska Verkstad AB/ })).toBeVisible();
    await page.getByRole('button', { name: /Sortera efter Namn/ }).click();
    // Swedish order, descending: Ö before Ä (a byte order would put Å and Ä the wrong way round).
    await expect(page.getByRole('row').nth(1)).toContainText('Örebro Kyl & Värme AB');
    await expect(page.getByRole('row').nth(2)).toContainText('Ängshagens Vårdboende AB');
  });
});

test('switches the whole interface between Swedish and English', async ({ page, gotoApp }) => {
  await gotoApp();
  await expect(
    page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name: 'Kunder', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name: 'Customers', exact: true }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name: 'Customers', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await expect(
    page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name: 'Kunder', exact: true }),
  ).toBeVisible();
});
