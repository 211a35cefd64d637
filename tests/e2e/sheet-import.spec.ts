import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Import from Excel in browser mode (no native dialogs, so the file's path is typed): a customer
// list as a Swedish accounting program exports it (tests/fixtures/sheet-import, Windows-1252 and
// semicolons), one column's mapping changed in step 2, the preview with its problems, the commit,
// and the customers in their list. Screenshots of each step go to /tmp.

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.resolve(here, '../fixtures/sheet-import/kundlista-bokforing.csv');

test.use({ viewport: { width: 1366, height: 768 } });

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `/tmp/sheet-import-${name}.png`, fullPage: false, animations: 'disabled' });
/** The README's pictures of the import. */
const readmeShot = (page: Page, name: string) =>
  page.screenshot({ path: path.resolve(here, '../../resources/screenshots', `${name}.png`), animations: 'disabled' });

test('imports a customer list with one column changed, after the preview, and shows the customers', async ({ page, app, gotoApp }) => {
  test.setTimeout(120_000);
  // A copy in the data folder: the path a user would type.
  const file = path.join(app.dataDir, 'Kundlista från bokföringen.csv');
  fs.copyFileSync(fixture, file);

  await gotoApp();
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: 'Dokument och export', exact: true })
    .click();
  await page.getByRole('region', { name: 'Registret som Excel' }).getByRole('link', { name: 'Importera från Excel…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Importera från Excel' })).toBeVisible();

  // Step 1: the path, checked before it is read.
  const pathField = page.getByRole('textbox', { name: 'Kalkylark (.xlsx eller .csv)' });
  await pathField.fill(path.join(app.dataDir, 'Kundlista.xls'));
  await pathField.press('Enter');
  await expect(page.getByText(/Välj en fil av typen .xlsx eller .csv/)).toBeVisible();
  await shot(page, '1-file');
  await pathField.fill(file);
  await pathField.press('Enter');

  // Step 2: the one sheet of a CSV, read as customers, with its columns proposed from the headers.
  await expect(page.getByRole('tablist', { name: 'Blad i filen' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Läst som .*1252/i)).toBeVisible();
  const target = page.getByRole('combobox', { name: /^Importera bladet .* som$/ });
  await expect(target).toHaveValue('Kunder');
  const columns = page.getByRole('table', { name: /^Kolumner i / });
  await expect(columns.getByRole('row', { name: /Åkerlunds Bygg AB/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Fält för kolumn B (Kundnamn)' })).toHaveValue('Kund *');
  await expect(page.getByRole('combobox', { name: 'Fält för kolumn C (Organisationsnummer)' })).toHaveValue('Organisationsnummer °');
  await expect(page.getByRole('combobox', { name: 'Fält för kolumn J (Er referens)' })).toHaveValue('Kontaktperson');
  const number = page.getByRole('combobox', { name: 'Fält för kolumn A (Kundnr)' });
  await expect(number).toHaveValue('Kundnummer');
  await shot(page, '2-mapping');
  await readmeShot(page, 'import-mapping');

  // The accounting program's customer numbers are not wanted in the register: ignore the column.
  await number.click();
  await page.getByRole('option', { name: 'Ignorera kolumnen' }).click();
  await expect(number).toHaveValue('Ignorera kolumnen');
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();

  // Step 3: counts, problems with their cells, and nothing saved yet.
  await expect(page.getByText('Så här blir registret efter importen. Ingenting är sparat ännu.')).toBeVisible({ timeout: 30_000 });
  const counts = page.getByRole('table', { name: 'Poster per sort' });
  await expect(counts.getByRole('row', { name: /Kunder/ })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Rader i förhandsgranskningen' });
  await expect(rows.getByRole('row', { name: /^Åkerlunds Bygg AB / })).toContainText('Ny');
  await shot(page, '3-preview');
  await page.getByRole('radiogroup', { name: 'Visa' }).getByText('Med problem').click();
  // The organisation number with a wrong check digit, at its cell; a row without problems is not shown.
  const wrongDigit = rows.getByRole('row', { name: /^Skärgårdens Vård och Omsorg AB / });
  await expect(wrongDigit).toContainText('kolumn C (Organisationsnummer)');
  await expect(rows.getByRole('row', { name: /^Åkerlunds Bygg AB / })).toHaveCount(0);
  await shot(page, '3-preview-problems');
  await readmeShot(page, 'import-preview');
  const before = await app.call<{ total: number }>('customers.list', {});
  expect(before.total).toBe(0);

  // The commit, after the confirm.
  const commit = page.getByRole('button', { name: /^Importera \d+ poster$/ });
  const records = Number(/\d+/.exec(await commit.innerText())?.[0]);
  expect(records).toBeGreaterThan(20);
  await commit.click();
  const confirm = page.getByRole('dialog', { name: 'Importera till registret?' });
  await expect(confirm).toContainText('eller inget om något går fel');
  await shot(page, '3-confirm');
  await confirm.getByRole('button', { name: 'Importera', exact: true }).click();

  // Step 4: the result, linked to the list.
  await expect(page.getByRole('heading', { name: 'Importen är klar' })).toBeVisible({ timeout: 30_000 });
  const done = page.getByRole('table', { name: 'Resultat per sort' });
  await expect(done.getByRole('row', { name: /Kunder/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Se vad importen ändrade i Historik' })).toHaveAttribute('href', '#/historik');
  await shot(page, '4-done');
  await done.getByRole('link', { name: 'Visa kunder' }).click();

  // The customers in their list, with the contact person; the ignored column left no customer number.
  await expect(page.getByRole('heading', { level: 1, name: 'Kunder' })).toBeVisible();
  const akerlund = page.getByRole('row', { name: /Åkerlunds Bygg AB/ });
  await expect(akerlund).toContainText('556712-3400');
  await expect(akerlund).toContainText('Västerås');
  await expect(akerlund).toContainText('Per Åkerlund');
  const after = await app.call<{ total: number }>('customers.list', {});
  expect(after.total).toBe(records);
  await shot(page, '5-customers');
  await akerlund.click();
  await expect(page.getByRole('textbox', { name: 'Organisationsnummer' })).toHaveValue('556712-3400');
  await expect(page.getByLabel('Anteckningar')).toHaveValue('');
});

test.describe('our own workbook', () => {
  test.use({ register: 'sample' });

  test('is recognised without any mapping, and its records match the register they came from', async ({ page, app, gotoApp }) => {
    test.setTimeout(120_000);
    const file = path.join(app.dataDir, 'Registret.xlsx');
    await app.call('workbook.export', { lang: 'sv', path: file });

    await gotoApp();
    await expect(page.getByTestId('register-organisation')).toHaveText('Exempel IT AB');
    // What the native menu sends (electron/main/menu-template.ts → app.menuCommand).
    app.core.emit('app.menuCommand', { command: 'importSheet' });
    await expect(page.getByRole('heading', { level: 1, name: 'Importera från Excel' })).toBeVisible();
    const pathField = page.getByRole('textbox', { name: 'Kalkylark (.xlsx eller .csv)' });
    await pathField.fill(file);
    await pathField.press('Enter');

    await expect(page.getByText(/Det här är en arbetsbok från Förteckna – kolumnerna känns igen/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('tablist', { name: 'Blad i filen' }).getByRole('tab')).not.toHaveCount(1);
    await shot(page, 'own-2-mapping');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();

    await expect(page.getByText('Så här blir registret efter importen. Ingenting är sparat ännu.')).toBeVisible({ timeout: 60_000 });
    await page.getByRole('radiogroup', { name: 'Visa' }).getByText('Uppdateras').click();
    const rows = page.getByRole('table', { name: 'Rader i förhandsgranskningen' });
    await expect(
      rows
        .getByRole('row')
        .filter({ hasText: /matchar .* \((namn|org\.nr)\)/ })
        .first(),
    ).toBeVisible();
    await shot(page, 'own-3-preview');
  });
});
