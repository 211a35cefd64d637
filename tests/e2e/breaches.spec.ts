import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { stockholmWallClock } from '../../shared/deadlines';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// The breach log end to end (issue 16): a stolen laptop at a customer site, logged as processor
// by picking the site and the device; the customer shows as affected and not yet told; its notice
// is generated (a DOCX in the data folder) and it is marked as told. Then a breach of our own, as
// controller: the 72-hour clock, the draft for IMY's e-service, and IMY marked as notified.

const HOUR = 3_600_000;
const wallAgo = (hours: number) => stockholmWallClock(new Date(Date.now() - hours * HOUR).toISOString());

async function seed(app: { call: <T>(method: string, input: unknown) => Promise<T> }) {
  const org = await app.call<Record<string, unknown>>('organisation.get', {});
  await app.call('organisation.update', {
    ...org,
    orgNr: '556677-8899',
    address: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: '' },
    email: 'info@testforetaget.se',
  });
  const customer = await app.call<{ id: number }>('customers.create', {
    name: 'Ängshagen AB',
    orgNr: '',
    visitingAddress: { street: 'Ängsvägen 3', postalCode: '722 20', city: 'Västerås', country: '' },
    invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
    invoiceSameAsVisiting: true,
    contactPersons: [],
    dpo: { name: '', email: '', phone: '' },
    contractStart: null,
    contractEnd: null,
    status: 'active',
    notes: '',
  });
  const site = await app.call<{ id: number }>('sites.create', {
    customerId: customer.id,
    fields: {
      name: 'Huvudkontoret',
      street: 'Ängsvägen 3',
      postalCode: '722 20',
      city: 'Västerås',
      accessNotes: '',
      contactName: '',
      contactPhone: '',
      contactEmail: '',
      closedOn: null,
    },
  });
  await app.call('equipment.create', {
    customerId: customer.id,
    siteId: site.id,
    fields: {
      type: 'pc',
      make: 'Lenovo',
      model: 'ThinkPad T14',
      serialNumber: 'PF-12345',
      hostname: 'ang-lap-07',
      networkNotes: '',
      personalData: 'Löneunderlag i lokala filer',
      encrypted: 'no',
      serviceIds: [],
      installedOn: null,
      removedOn: null,
      status: 'in_use',
      notes: '',
    },
  });
}

const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

/** Closes every notification, so that none covers the buttons the next step clicks. */
async function closeNotifications(page: Page) {
  const notes = page.locator('.mantine-Notification-root');
  for (let open = await notes.count(); open > 0; open = await notes.count()) {
    await notes
      .first()
      .locator('.mantine-Notification-closeButton')
      .click({ timeout: 5000 })
      .catch(() => undefined);
    await expect.poll(() => notes.count(), { timeout: 20_000 }).toBeLessThan(open);
  }
}

/** Goes past the check before a document when it only warns; returns the written file's path from the notification. */
async function documentWritten(page: Page, title: string): Promise<string> {
  const preflight = page.getByRole('dialog', { name: 'Kontroll före dokumentet' });
  const note = page.getByRole('alert').filter({ hasText: title });
  await expect(note.or(preflight)).toBeVisible();
  if (await preflight.isVisible()) await preflight.getByRole('button', { name: 'Skapa ändå' }).click();
  await expect(note).toBeVisible();
  const file = (await note.locator('code').innerText()).trim();
  expect(file.endsWith('.docx')).toBe(true);
  expect(fs.existsSync(file)).toBe(true);
  expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  return file;
}

/** Picks an option in a searchable select by typing part of it. */
async function pick(page: Page, label: string, typed: string, option: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).click();
}

test('a stolen laptop at a customer site: the customer notice; a breach of our own: the clock, the IMY draft, IMY notified', async ({
  page,
  app,
  gotoApp,
}) => {
  test.setTimeout(180_000);
  await seed(app);
  await gotoApp();
  await go(page, '#/arenden/incidenter');
  await expect(page.getByRole('tab', { name: /Incidenter/, selected: true })).toBeVisible();
  await page.getByRole('button', { name: 'Ny incident' }).click();
  await expect(page.getByRole('heading', { name: 'Ny incident' })).toBeVisible();

  // As processor: the site, then the device standing there.
  await page.getByLabel('Rubrik').fill('Stulen bärbar dator hos Ängshagen');
  await page.getByRole('radio', { name: 'Personuppgiftsbiträde' }).check();
  await page.getByLabel('Kännedom (svensk tid)').fill(wallAgo(5));
  await page.getByLabel('Orsak').selectOption({ label: 'Förlorad eller stulen enhet' });
  await page.getByRole('checkbox', { name: /Konfidentialitet/ }).check();
  await page.getByLabel('Händelseförlopp').fill('En bärbar dator stals ur en bil utanför kundens kontor.');
  await pick(page, 'Platsens kund', 'Ängs', 'Ängshagen AB');
  await pick(page, 'Lägg till plats', 'Huvud', 'Huvudkontoret (Ängshagen AB)');
  await pick(page, 'Lägg till enhet', 'ang-lap', 'ang-lap-07 · Ängshagen AB · Huvudkontoret');
  await expect(page.getByText('ang-lap-07 · Ängshagen AB · Huvudkontoret', { exact: true })).toBeVisible();
  await page.getByLabel('Risk för de registrerade').selectOption({ label: 'Hög risk' });
  await page.getByLabel('Motivering').fill('Datorn var inte krypterad och innehöll löneunderlag.');
  await page.getByLabel('Ungefärligt antal registrerade').fill('35');
  await page.getByLabel('Sannolika följder').fill('Löneuppgifter kan spridas eller användas för bedrägeri.');
  await page.getByLabel('Vidtagna åtgärder').fill('Datorn spärrad och kontot återställt.');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Incidenten "Stulen bärbar dator hos Ängshagen" har loggats.')).toBeVisible();
  await closeNotifications(page);

  // The customer is affected through the site and the device, not told yet, five hours on.
  const customers = page.getByRole('table', { name: 'Berörda kunder' });
  const row = customers.getByRole('row', { name: 'Ängshagen AB' });
  await expect(row).toContainText('Plats');
  await expect(row).toContainText('Enhet');
  await expect(row).toContainText('Inte underrättad');
  await expect(row).toContainText('5 h utan underrättelse');

  // Its notice, then marked as told by e-mail.
  await row.getByRole('button', { name: 'Skapa underrättelse till Ängshagen AB' }).click();
  await documentWritten(page, 'Underrättelsen har sparats');
  await closeNotifications(page);
  await row.getByRole('button', { name: 'Markera Ängshagen AB underrättad' }).click();
  const told = page.getByRole('dialog', { name: 'Underrättelse till Ängshagen AB' });
  await told.getByRole('radio', { name: 'E-post' }).check();
  await told.getByRole('button', { name: 'Spara' }).click();
  await expect(told).toBeHidden();
  await expect(row).toContainText('E-post');
  await expect(row).toContainText(/efter 5(,\d)? h/);
  await expect(page.getByRole('region', { name: 'Underrättelse till kunderna' })).toContainText('1 av 1 underrättade');
  await customers.scrollIntoViewIfNeeded();
  await page.screenshot(shot('breach-processor'));

  // A breach of our own, 20 hours ago: the clock to IMY.
  await go(page, '#/arenden/incidenter/ny');
  await expect(page.getByRole('heading', { name: 'Ny incident' })).toBeVisible();
  await page.getByLabel('Rubrik').fill('Felskickad lönefil');
  await page.getByLabel('Kännedom (svensk tid)').fill(wallAgo(20.5));
  await page.getByLabel('Händelseförlopp').fill('Lönespecifikationer skickades till fel mottagare.');
  await expect(page.getByRole('region', { name: 'Anmälan till IMY' })).toContainText('Anmälan till IMY ska göras senast');
  await page.getByLabel('Orsak').selectOption({ label: 'Felskickad e-post eller post' });
  await page.getByLabel('Risk för de registrerade').selectOption({ label: 'Risk' });
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Incidenten "Felskickad lönefil" har loggats.')).toBeVisible();
  await closeNotifications(page);
  const box = page.getByTestId('imy-box');
  await expect(box.getByTestId('imy-clock')).toHaveText('51 h kvar');
  await expect(box).toContainText('Tiden löper');

  // The draft for IMY's e-service, said to be a draft.
  await expect(page.getByText('Det är inte en anmälan – den görs i IMY:s e-tjänst.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Utkast till anmälan till IMY' }).click();
  await documentWritten(page, 'Utkastet till IMY har sparats');
  await closeNotifications(page);

  // IMY told: the state changes from the clock to how long it took.
  await box.getByRole('button', { name: 'Markera IMY underrättad' }).click();
  const notice = page.getByRole('dialog', { name: 'Markera IMY underrättad' });
  await notice.getByLabel('IMY:s diarienummer').fill('IMY-2026-0417');
  await notice.getByRole('button', { name: 'Spara anmälan' }).click();
  await expect(notice).toBeHidden();
  await expect(box).toContainText('Anmäld i tid');
  await expect(box.getByTestId('imy-clock')).toHaveText(/^Anmäld efter 20,5 h$/);
  await expect(box).toContainText('IMY:s diarienummer IMY-2026-0417');
  await closeNotifications(page);
  await page.screenshot(shot('breach'));

  // The log: both breaches, each clock in words.
  await page.getByRole('link', { name: 'Alla incidenter' }).click();
  const list = page.getByRole('table', { name: 'Incidenter' });
  await expect(list.getByRole('row', { name: 'Felskickad lönefil' })).toContainText('Anmäld i tid');
  await expect(list.getByRole('row', { name: 'Stulen bärbar dator hos Ängshagen' })).toContainText('1 av 1 underrättade');
  await page.screenshot(shot('breaches'));
});
