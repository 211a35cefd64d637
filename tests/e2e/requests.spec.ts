import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { requestClock } from '../../shared/deadlines';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// A data subject request end to end (issue 16), in the sample register: logged from the form,
// identity checked, deadline extended, the access reply written from the register, and
// answered — each step seen on the page as the user sees it (the deadline, the state).

test.use({ register: 'sample' });

const REQUESTER = 'Karin Lund';
const TITLE = `Tillgång – registerutdrag (art. 15) – ${REQUESTER}`;

/** Today in Sweden (the browser runs in Europe/Stockholm). */
const todayInSweden = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

/** Closes every notification, so that none covers the buttons the next step clicks. */
async function closeNotifications(page: Page) {
  const notes = page.locator('.mantine-Notification-root');
  for (let open = await notes.count(); open > 0; open = await notes.count()) {
    await notes
      .first()
      .locator('.mantine-Notification-closeButton')
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await expect.poll(() => notes.count()).toBeLessThan(open);
  }
}

test('a request logged, identity checked, extended, the access reply written and the request answered', async ({ page, app, gotoApp }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const { items: activities } = await app.call<{ items: { id: number; name: string }[] }>('activities.list', {});
  const activity = activities[0]!;
  const today = todayInSweden();
  const first = requestClock({ receivedOn: today, extensionNotifiedOn: null, closedOn: null, on: today });
  const extended = requestClock({ receivedOn: today, extensionNotifiedOn: today, closedOn: null, on: today });

  await gotoApp();
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: 'Begäranden och incidenter', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Begäranden och incidenter', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Begäranden/ })).toHaveAttribute('aria-selected', 'true');

  // Log it: the deadline shows while the form is filled in.
  await page.getByRole('button', { name: 'Ny begäran' }).click();
  await expect(page.getByRole('heading', { name: 'Ny begäran' })).toBeVisible();
  const clock = page.getByRole('region', { name: 'Frist' });
  await expect(clock).toContainText(`Sista dag enligt lag${first.dueOn}`);
  await expect(clock).toContainText(`Vårt interna mål${first.targetOn}`);
  await page.getByRole('textbox', { name: 'Den sökandes namn' }).fill(REQUESTER);
  await page.getByRole('textbox', { name: /^Kontaktuppgift/ }).fill('karin.lund@example.se');
  await page.getByRole('textbox', { name: 'Vad personen skrev eller sa' }).fill('Jag vill veta vilka uppgifter ni har om mig.');
  await page.getByRole('combobox', { name: /^Behandlingar som berörs/ }).click();
  await page.getByRole('option', { name: activity.name, exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText(`Begäran från ${REQUESTER} har registrerats.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('Den sökandes identitet är inte kontrollerad.')).toBeVisible();
  await closeNotifications(page);

  // The identity: checked with BankID, the request is in progress.
  await page.getByRole('button', { name: 'Kontrollera identitet' }).click();
  const verify = page.getByRole('dialog', { name: 'Kontrollera identitet' });
  await verify.getByRole('textbox', { name: /^Hur identiteten kontrollerades/ }).fill('BankID');
  await verify.getByRole('textbox', { name: 'Kontrollerad av' }).fill('Erik Ek');
  await verify.getByRole('button', { name: 'Spara kontrollen' }).click();
  await expect(page.getByText('Identitetskontrollen har sparats.')).toBeVisible();
  await expect(verify).toHaveCount(0);
  await expect(page.getByText('Den sökandes identitet är inte kontrollerad.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Kontrollera identitet' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('in_progress');
  await closeNotifications(page);

  // The extension, told today: three months.
  await page.getByRole('button', { name: 'Förläng fristen' }).click();
  const extend = page.getByRole('dialog', { name: 'Förläng fristen' });
  await expect(extend).toContainText(`senast ${first.firstDueOn}`);
  await extend.getByRole('textbox', { name: /^Skäl till förlängningen/ }).fill('Uppgifterna finns i flera system som måste gås igenom.');
  await extend.getByRole('button', { name: 'Förläng fristen' }).click();
  await expect(page.getByText(`Fristen har förlängts till ${extended.dueOn}.`)).toBeVisible();
  await expect(clock).toContainText(`Sista dag enligt lag${extended.dueOn}`);
  await expect(page.getByRole('group', { name: 'Frist' })).toContainText(`Förlängd frist (tre månader)${extended.dueOn}`);
  await closeNotifications(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot(shot('request'));

  // The access reply from the register (DOCX; browser mode writes it into the data folder).
  await page.getByRole('button', { name: 'Skapa svar med registerutdrag' }).click();
  const reply = page.getByRole('dialog', { name: 'Svar med registerutdrag' });
  await expect(reply.getByRole('checkbox', { name: activity.name, exact: true })).toBeChecked();
  await reply.getByRole('button', { name: 'Skapa svar' }).click();
  const preflight = page.getByRole('dialog', { name: 'Kontroll före dokumentet' });
  const saved = page.getByRole('alert').filter({ hasText: 'Svaret har skapats' });
  await expect(saved.or(preflight)).toBeVisible();
  if (await preflight.isVisible()) await preflight.getByRole('button', { name: 'Skapa ändå' }).click();
  await expect(saved).toBeVisible();
  const written = (await saved.locator('code').innerText()).trim();
  expect(written.endsWith('.docx')).toBe(true);
  expect(fs.readFileSync(written).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as DOCX is
  await expect(reply).toHaveCount(0);
  await closeNotifications(page);

  // The answer: granted today, in time; nothing left to do.
  await page.getByRole('button', { name: 'Besvara' }).click();
  const answer = page.getByRole('dialog', { name: 'Besvara' });
  await expect(answer.getByRole('combobox', { name: 'Utfall' })).toHaveValue('granted');
  await answer.getByRole('button', { name: 'Spara svaret' }).click();
  await expect(page.getByText('Begäran är besvarad.')).toBeVisible();
  await expect(clock).toContainText('Besvarad i tid');
  await expect(page.getByRole('button', { name: 'Besvara' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('answered');

  // The list: closed, with the sample's open requests (overdue first) above it under "Alla".
  await go(page, '#/arenden/begaranden');
  const table = page.getByRole('table', { name: 'Begäranden' });
  // The filter's radios are hidden behind their labels (a segmented control): the user clicks the words.
  const filter = page.getByRole('radiogroup', { name: 'Visa' });
  await filter.getByText('Alla', { exact: true }).click();
  await expect(table.getByRole('row', { name: TITLE })).toContainText('Besvarad i tid');
  await closeNotifications(page);
  await filter.getByText('Öppna', { exact: true }).click();
  await expect(table.getByRole('row', { name: TITLE })).toHaveCount(0);
  await page.screenshot(shot('requests'));
});
