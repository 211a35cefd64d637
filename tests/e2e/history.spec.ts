import type { Page } from '@playwright/test';
import { emptyActivity, emptyCustomer } from '../../shared/contract';
import { expect, test } from './fixtures';

// Change history and backups as a user meets them (issue 11): restore an earlier version of a
// customer from its page, bring back a deleted activity from the history, and restore a backup as
// a new register file.

const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name, exact: true })
    .click();

test('edits a customer twice, sees both entries and restores the first version', async ({ page, gotoApp, app }) => {
  test.setTimeout(60_000);
  const customer = await app.call<{ id: number }>('customers.create', { ...emptyCustomer, name: 'Alfa Drift AB' });
  await gotoApp();
  await page.goto(`${app.baseUrl}/#/kunder/${customer.id}`);

  const notes = page.getByRole('textbox', { name: 'Anteckningar' });
  await notes.fill('Första versionen');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Alfa Drift AB har sparats.')).toBeVisible();
  await notes.fill('Andra versionen');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Alfa Drift AB har sparats.').first()).toBeVisible();

  const panel = page.getByRole('region', { name: 'Historik' });
  await panel.getByRole('button', { name: /Historik/ }).click();
  const table = panel.getByRole('table', { name: 'Historik' });
  const second = table.getByRole('row').filter({ hasText: 'Anteckningar: Första versionen → Andra versionen' });
  const first = table.getByRole('row').filter({ hasText: 'Anteckningar: – → Första versionen' });
  await expect(second).toHaveCount(1);
  await expect(first).toHaveCount(1);
  await expect(second).toContainText('Nuvarande version');

  await first.getByRole('button', { name: /^Återställ den här versionen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ den här versionen?' });
  await dialog.getByRole('button', { name: 'Återställ den här versionen' }).click();
  await expect(notes).toHaveValue('Första versionen');
  await expect(table.getByRole('row').filter({ hasText: 'Återställd' })).toContainText('Andra versionen → Första versionen');

  // The form is current: saving after the restore works without a conflict.
  await notes.fill('Första versionen, ändrad');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Alfa Drift AB har sparats.').first()).toBeVisible();
  expect((await app.call<{ notes: string }>('customers.get', { id: customer.id })).notes).toBe('Första versionen, ändrad');
});

test('deletes an activity and brings it back from the history', async ({ page, gotoApp, app }) => {
  test.setTimeout(60_000);
  const activity = await app.call<{ id: number }>('activities.create', { ...emptyActivity, name: 'Löneadministration' });
  await gotoApp();
  await page.goto(`${app.baseUrl}/#/behandlingar/${activity.id}`);
  await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Behandlingar' })).toBeVisible();

  await nav(page, 'Historik och säkerhetskopior');
  const table = page.getByRole('table', { name: 'Historik' });
  const deleted = table.getByRole('row', { name: /Borttagen Löneadministration$/ });
  await deleted.getByRole('button', { name: 'Ta tillbaka Löneadministration' }).click();
  await expect(page.getByText('Löneadministration är tillbaka.')).toBeVisible();

  await nav(page, 'Behandlingar');
  await expect(page.getByRole('table', { name: 'Behandlingar' }).getByRole('row', { name: /Löneadministration/ })).toBeVisible();
});

test('makes a backup, restores it and sees the restored file open', async ({ page, gotoApp, app }) => {
  test.setTimeout(60_000);
  await app.call('customers.create', { ...emptyCustomer, name: 'Kund i kopian AB' });
  await gotoApp();
  await nav(page, 'Historik och säkerhetskopior');
  await page.getByRole('tab', { name: 'Säkerhetskopior' }).click();
  await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
  await expect(page.getByText(/Säkerhetskopian är gjord/)).toBeVisible();

  const manual = page.getByRole('table', { name: 'Säkerhetskopior' }).getByRole('row').filter({ hasText: 'Manuell' }).first();
  await expect(manual).toContainText('Ja');
  const before = await page.getByTestId('register-file').textContent();
  await manual.getByRole('button', { name: /^Återställ säkerhetskopian från/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ säkerhetskopian?' });
  await expect(dialog).toContainText('ny registerfil bredvid originalet');
  await dialog.getByRole('button', { name: 'Återställ som ny fil' }).click();

  await expect(page.getByText('Säkerhetskopian är återställd')).toBeVisible();
  await expect(page.getByText('Öppen nu:')).toBeVisible();
  await expect(page.getByTestId('register-file')).toContainText('återställd');
  expect(await page.getByTestId('register-file').textContent()).not.toBe(before);

  await nav(page, 'Kunder');
  await expect(page.getByRole('row', { name: 'Kund i kopian AB' })).toBeVisible();
});
