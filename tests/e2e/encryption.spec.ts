import { expect, test } from './fixtures';
import { shot } from './screenshot';

// Issue 13 end to end in browser mode: a password-protected register is created, closed,
// reopened from the recent list (a wrong password first), locked with Ctrl+L, unlocked, and
// given a new password on the password tab beside the backups.

const ORG = 'Konsult Hemlig AB';
const FILE = `${ORG}.forteckna`;
const PASSWORD = 'sommar vid sjön 2026';
const NEW_PASSWORD = 'vinter i fjällen 2027';

test.use({ register: 'none' });

test('an encrypted register: create, reopen with a wrong then the right password, lock, unlock, change the password', async ({
  page,
  gotoApp,
}) => {
  await gotoApp();
  await page.getByRole('button', { name: 'Nytt register' }).click();
  const create = page.getByRole('dialog', { name: 'Nytt register' });
  await create.getByLabel('Organisationens namn').fill(ORG);
  await create.getByRole('switch', { name: 'Skydda med lösenord' }).check();
  await create.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
  await create.getByLabel('Upprepa lösenordet').fill(PASSWORD);
  await create.getByRole('button', { name: 'Skapa register' }).click();
  await expect(page.getByTestId('register-organisation')).toHaveText(ORG);
  const lock = page.getByRole('button', { name: 'Lås', exact: true });
  await expect(lock).toBeVisible();

  // Closed, it is a file name with a lock in the recent list: its name is inside the file.
  await page.getByRole('button', { name: 'Stäng register' }).click();
  const recent = page.getByRole('button', { name: new RegExp(`Öppna ${FILE}`) });
  await expect(recent).toBeVisible();
  await expect(recent.getByLabel('Skyddat med lösenord')).toBeVisible();
  await recent.click();

  const unlock = page.getByRole('heading', { name: 'Registret är låst' });
  await expect(unlock).toBeVisible();
  await expect(page.getByTestId('locked-file')).toHaveText(FILE);
  const password = page.getByLabel('Lösenord', { exact: true });
  await expect(password).toBeFocused();
  await page.screenshot(shot('unlock'));

  await password.fill('fel lösenord');
  await password.press('Enter');
  await expect(page.getByText('Fel lösenord. Kontrollera stora och små bokstäver och försök igen.')).toBeVisible();
  await expect(password).toHaveValue('');
  await expect(password).toBeFocused();
  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Lås upp' }).click();
  await expect(page.getByTestId('register-organisation')).toHaveText(ORG);

  // Ctrl+L locks it again; the password opens it.
  await page.keyboard.press('Control+KeyL');
  await expect(unlock).toBeVisible();
  await password.fill(PASSWORD);
  await password.press('Enter');
  await expect(page.getByTestId('register-organisation')).toHaveText(ORG);

  // The password tab beside the backups.
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: /^Historik/ })
    .click();
  await page.getByRole('tab', { name: 'Lösenord' }).click();
  await expect(page.getByTestId('encryption-status')).toHaveText('Skyddat med lösenord');
  await page.screenshot(shot('security'));

  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  const change = page.getByRole('dialog', { name: 'Byt lösenord' });
  await change.getByLabel('Nuvarande lösenord').fill(PASSWORD);
  await change.getByLabel('Nytt lösenord').fill(NEW_PASSWORD);
  await change.getByLabel('Upprepa lösenordet').fill(NEW_PASSWORD);
  await change.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(page.getByText('Lösenordet är bytt.')).toBeVisible();
  await expect(change).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Lösenord' })).toHaveAttribute('aria-selected', 'true');

  // The new password is the one that opens it now.
  await lock.click();
  await expect(unlock).toBeVisible();
  await password.fill(PASSWORD);
  await password.press('Enter');
  await expect(page.getByText(/^Fel lösenord/)).toBeVisible();
  await password.fill(NEW_PASSWORD);
  await password.press('Enter');
  await expect(page.getByTestId('register-organisation')).toHaveText(ORG);
});
