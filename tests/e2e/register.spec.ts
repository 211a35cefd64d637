import { expect, test } from './fixtures';

test.describe('without an open register', () => {
  test.use({ register: 'none' });

  test('creates a new register from the welcome screen and fills in the organisation profile', async ({ page, gotoApp }) => {
    await gotoApp();
    await page.getByRole('button', { name: 'Nytt register' }).click();
    await page.getByLabel('Organisationens namn').fill('Västerås Data & Drift AB');
    await page.getByRole('button', { name: 'Skapa register' }).click();
    await expect(page.getByText('Västerås Data & Drift AB').first()).toBeVisible();

    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Organisation', exact: true })
      .click();
    await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('556677-8890');
    await page.getByLabel('E-post', { exact: true }).fill('info@');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText(/kontrollsiffran är fel/)).toBeVisible();
    await expect(page.getByText('Ange en giltig e-postadress, t.ex. namn@foretag.se.')).toBeVisible();

    await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('556677-8899');
    await page.getByLabel('E-post', { exact: true }).fill('info@vasterasdata.se');
    await page.getByLabel('Firmatecknare', { exact: true }).fill('Jonas Åberg');
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText('Organisationsprofilen har sparats.')).toBeVisible();
    await page.reload();
    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Organisation', exact: true })
      .click();
    await expect(page.getByRole('textbox', { name: 'Organisationsnummer' })).toHaveValue('556677-8899');
  });

  test('opens the sample register and shows it among the recent files after closing', async ({ page, gotoApp }) => {
    await gotoApp();
    await page.getByRole('button', { name: 'Öppna exempelregistret' }).click();
    await expect(page.getByText('Exempel IT AB').first()).toBeVisible();
    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Kunder', exact: true })
      .click();
    await expect(page.getByText('30 kunder')).toBeVisible();
    await page.getByRole('button', { name: 'Stäng register' }).click();
    await expect(page.getByRole('button', { name: 'Nytt register' })).toBeVisible();
    await expect(page.getByText('Senast öppnade')).toBeVisible();
    await page.getByRole('button', { name: /Öppna Exempel IT AB/ }).click();
    await expect(
      page.getByRole('navigation', { name: /Huvudmeny|Main menu/ }).getByRole('link', { name: 'Kunder', exact: true }),
    ).toBeVisible();
  });
});
