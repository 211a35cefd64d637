import { expect, test } from './fixtures';
import { shot } from './screenshot';

// The README's screenshots, taken from the real app in browser mode on every e2e run.

test.describe('screenshots: welcome', () => {
  test.use({ register: 'none' });
  test('welcome screen', async ({ page, gotoApp }) => {
    await gotoApp();
    await expect(page.getByRole('button', { name: 'Öppna exempelregistret' })).toBeVisible();
    await page.screenshot(shot('welcome'));
  });
});

test.describe('screenshots: sample register', () => {
  test.use({ register: 'sample' });

  test('customers list', async ({ page, gotoApp }) => {
    await gotoApp();
    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Kunder', exact: true })
      .click();
    await expect(page.getByText('30 kunder')).toBeVisible();
    await page.screenshot(shot('customers'));
  });

  test('organisation profile', async ({ page, gotoApp }) => {
    await gotoApp();
    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Organisation', exact: true })
      .click();
    await expect(page.getByRole('textbox', { name: 'Organisationsnummer' })).toHaveValue('556677-8899');
    await page.screenshot(shot('organisation'));
  });

  test('customer form with validation errors', async ({ page, gotoApp }) => {
    await gotoApp();
    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Kunder', exact: true })
      .click();
    await page.getByRole('button', { name: 'Ny kund' }).click();
    await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('556677-8890');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText(/kontrollsiffran är fel/)).toBeVisible();
    await page.screenshot(shot('customer-form'));
  });

  test('overview', async ({ page, gotoApp }) => {
    await gotoApp();
    await expect(
      page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name: 'Kunder', exact: true }),
    ).toBeVisible();
    // The to-do list and the charts load after the page: the picture shows them.
    await expect(page.getByRole('heading', { name: /^Försenat/ })).toBeVisible();
    await expect(page.getByText('Registrets fullständighet')).toBeVisible();
    await page.screenshot(shot('overview'));
  });

  test('change history', async ({ page, gotoApp, app }) => {
    await gotoApp();
    await page.goto(`${app.baseUrl}/#/historik`);
    await expect(page.getByText(/^\d[\d\s]* ändringar$/)).toBeVisible();
    await expect(page.locator('tr.data-table-row').first()).toBeVisible();
    await page.screenshot(shot('history'));
  });
});
