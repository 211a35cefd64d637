import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// The check before a document (issue 14), end to end: a new register's organisation has no way to
// be contacted, so the privacy notice would tell people to contact the firm without saying how.
// Exporting shows the preflight with that error; "Åtgärda" opens the organisation form at the
// field; once an e-mail address is saved the error is gone.

const TITLE = 'Kontroll före dokumentet';

async function exportNotice(page: Page) {
  await page.getByRole('button', { name: 'Spara som HTML' }).click();
}

test('the notice export stops at a missing contact, and "Åtgärda" leads to the field that fixes it', async ({ page, app, gotoApp }) => {
  test.setTimeout(60_000);
  const org = await app.call<{ email: string; phone: string; address: { street: string } }>('organisation.get', {});
  expect([org.email, org.phone, org.address.street]).toEqual(['', '', '']);

  await gotoApp();
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: 'Dokument och export', exact: true })
    .click();
  await exportNotice(page);

  const dialog = page.getByRole('dialog', { name: TITLE });
  await expect(dialog).toBeVisible();
  const errors = dialog.getByRole('region', { name: 'Måste åtgärdas' });
  const noContact = errors.locator('[data-code="notice.noContact"]');
  await expect(noContact).toBeVisible();
  // An error is not generated past: no "Skapa ändå".
  await expect(dialog.getByRole('button', { name: 'Skapa ändå' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Stäng' })).toBeVisible();
  await page.screenshot(shot('preflight'));

  await noContact.getByRole('button', { name: 'Åtgärda' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Organisation', exact: true })).toBeVisible();
  const email = page.getByRole('textbox', { name: 'E-post', exact: true });
  await expect(email).toBeFocused();

  await email.fill('info@testforetaget.se');
  // The profile is saved only whole: a new register has no organisation number yet.
  await page.getByRole('textbox', { name: 'Organisationsnummer' }).fill('556123-4567');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Organisationsprofilen har sparats.')).toBeVisible();

  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: 'Dokument och export', exact: true })
    .click();
  await exportNotice(page);
  // Either the notice is saved at once, or the check lists what else an empty register lacks: not the contact.
  const saved = page.getByRole('alert').filter({ hasText: 'Dokumentet har sparats' });
  await expect(saved.or(dialog)).toBeVisible();
  if (await dialog.isVisible()) await expect(dialog.locator('[data-code="notice.noContact"]')).toHaveCount(0);
});
