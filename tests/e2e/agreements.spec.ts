import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// PUB-avtal in the UI, on the sample register: generate from the customer page, mark sent and
// signed, attach the signed copy, then change a service and see the agreement flagged out of date;
// the clause template editor; batch generation into a folder.

const CUSTOMER = 'Arboga Mekaniska Verkstad AB';
/** A tiny but real PDF: the core checks the first bytes, not the name. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name, exact: true })
    .click();

/** Closes every notification, so that none covers the buttons the next step clicks. */
async function closeNotifications(page: Page) {
  const notes = page.locator('.mantine-Notification-root');
  for (let open = await notes.count(); open > 0; open = await notes.count()) {
    // A toast may also close by itself in between: then the click finds nothing, and that is fine.
    await notes
      .first()
      .locator('.mantine-Notification-closeButton')
      .click({ timeout: 2000 })
      .catch(() => undefined);
    await expect.poll(() => notes.count()).toBeLessThan(open);
  }
}

/** The path a "Dokumentet har sparats" notification shows. */
async function savedPath(page: Page, title: string | RegExp): Promise<string> {
  const note = page.getByRole('alert').filter({ hasText: title });
  await expect(note).toBeVisible();
  const shown = (await note.locator('code').innerText()).trim();
  // Browser mode has no file manager to show the file in.
  await expect(note.getByRole('button', { name: 'Visa i mappen' })).toHaveCount(0);
  return shown;
}

test.describe('PUB-avtal', () => {
  test.use({ register: 'sample' });

  test('generate from the UI, mark sent, mark signed and attach a copy, then a changed service makes it out of date', async ({
    page,
    app,
    gotoApp,
  }) => {
    test.setTimeout(120_000);
    const [customer] = (await app.call<{ items: { id: number; name: string }[] }>('customers.list', { query: CUSTOMER })).items;
    expect(customer?.name).toBe(CUSTOMER);
    const subscriptions = await app.call<{ serviceId: number; serviceName: string; active: boolean }[]>('subscriptions.list', {
      customerId: customer!.id,
    });
    const service = subscriptions.find((s) => s.active);
    expect(service).toBeDefined();

    await gotoApp();
    await nav(page, 'Kunder');
    await page.getByLabel('Sök').fill('Arboga');
    await page.getByRole('row', { name: new RegExp(CUSTOMER) }).click();

    // Generate on the customer page, with the customer's signatory filled in.
    const section = page.getByRole('region', { name: 'PUB-avtal' });
    await section.getByRole('button', { name: /Skapa PUB-avtal|Ta fram ny version/ }).click();
    const form = page.getByRole('dialog', { name: `Ta fram PUB-avtal för ${CUSTOMER}` });
    await expect(form.getByRole('radio', { name: 'Svenska' })).toBeChecked();
    await form.getByLabel('Varsel vid byte av underbiträde (dagar)').fill('45');
    await form.getByLabel('Namn (för kunden)').fill('Birgitta Lund');
    await form.getByLabel('Befattning (för kunden)').fill('VD');
    await form.getByRole('button', { name: 'Ta fram avtalet' }).click();
    await expect(page.getByText(new RegExp(`Version \\d+ av avtalet med ${CUSTOMER} har tagits fram\\.`))).toBeVisible();

    // The agreement page: a draft, with what went into it.
    await expect(page.getByRole('heading', { name: `PUB-avtal med ${CUSTOMER}` })).toBeVisible();
    const details = page.getByRole('region', { name: 'Uppgifter i avtalet' });
    await expect(details).toContainText('45 dagar');
    await expect(details).toContainText('Birgitta Lund, VD');
    const header = page.locator('h1').locator('..');
    await expect(header).toContainText('Utkast');
    await expect(page.getByRole('button', { name: 'Säg upp avtalet' })).toHaveCount(0);

    // Download the DOCX: the file written is exactly the stored snapshot (same SHA-256).
    await page.getByRole('button', { name: 'Spara som Word (DOCX)' }).click();
    const docx = await savedPath(page, 'Dokumentet har sparats');
    expect(docx.endsWith('.docx')).toBe(true);
    const bytes = fs.readFileSync(docx);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    await expect(page.getByTestId('document-sha256')).toHaveText(sha);
    await closeNotifications(page);

    // Sent, then signed – each with its date.
    await page.getByRole('button', { name: 'Markera som skickat' }).click();
    let dialog = page.getByRole('dialog', { name: 'Markera som skickat' });
    const today = await dialog.getByLabel('Datum').inputValue(); // today by default
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await dialog.getByLabel('Datum').fill('3 mars');
    await dialog.getByRole('button', { name: 'Markera som skickat' }).click();
    await expect(dialog.getByText('Ange datum som ÅÅÅÅ-MM-DD.')).toBeVisible();
    await dialog.getByLabel('Datum').fill(today);
    await dialog.getByRole('button', { name: 'Markera som skickat' }).click();
    await expect(page.getByText(`Avtalet är markerat som skickat ${today}.`)).toBeVisible();
    await expect(header).toContainText('Skickat');

    await page.getByRole('button', { name: 'Markera som signerat' }).click();
    dialog = page.getByRole('dialog', { name: 'Markera som signerat' });
    await expect(dialog.getByLabel('Datum')).toHaveValue(today);
    await dialog.getByRole('button', { name: 'Markera som signerat' }).click();
    await expect(page.getByText(`Avtalet är markerat som signerat ${today}.`)).toBeVisible();
    await expect(header).toContainText('Signerat');
    await expect(page.getByRole('button', { name: 'Säg upp avtalet' })).toBeVisible();

    // Attach the signed copy: a file that only pretends to be a PDF is refused with the reason.
    const copies = page.getByRole('region', { name: 'Underskriven kopia' });
    await expect(copies).toContainText('Ingen kopia är bifogad.');
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'inte-en-pdf.pdf', mimeType: 'application/pdf', buffer: Buffer.from('bara text') });
    await expect(copies.getByRole('alert')).toContainText('Filen måste vara en PDF, PNG eller JPEG');
    await fileInput.setInputFiles({ name: 'signerat-avtal.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(page.getByText('signerat-avtal.pdf har bifogats.')).toBeVisible();
    await expect(copies.getByRole('listitem')).toHaveCount(1);
    await expect(copies).toContainText('signerat-avtal.pdf');
    await expect(copies.getByRole('alert')).toHaveCount(0);

    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot(shot('agreement'));

    // The customer list shows the agreement as signed.
    const agreementUrl = page.url();
    await nav(page, 'Kunder');
    await page.getByLabel('Sök').fill('Arboga');
    await expect(page.getByRole('row', { name: new RegExp(CUSTOMER) })).toContainText('Signerat');

    // Change a service the customer has …
    await page.goto(`${app.baseUrl}/#/tjanster/${service!.serviceId}`);
    const purpose = page.getByLabel('Ändamål', { exact: true });
    await expect(purpose).not.toHaveValue('');
    await purpose.fill(`${await purpose.inputValue()} Även felsökning på plats.`);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect(page.getByText(`${service!.serviceName} har sparats.`)).toBeVisible();

    // … and the agreement is flagged out of date, on its page and in the customer list.
    await page.goto(agreementUrl);
    await expect(page.getByText('Avtalet är inaktuellt')).toBeVisible();
    await expect(page.locator('h1').locator('..')).toContainText('Inaktuellt');
    await nav(page, 'Kunder');
    await page.getByLabel('Sök').fill('Arboga');
    await expect(page.getByRole('row', { name: new RegExp(CUSTOMER) })).toContainText('Inaktuellt');

    // The list of all agreements, filtered to the out-of-date ones.
    await nav(page, 'PUB-avtal');
    await page.getByRole('radiogroup', { name: 'Visa' }).getByText('Inaktuella', { exact: true }).click();
    await expect(page.getByRole('row', { name: new RegExp(CUSTOMER) })).toContainText('Signerat');
  });

  test('edits the clause template: unknown placeholders, reorder, add, remove and reset', async ({ page, gotoApp }) => {
    test.setTimeout(90_000);
    await gotoApp();
    await nav(page, 'PUB-avtal');
    await page.getByRole('link', { name: 'Avtalsmall' }).click();
    await expect(page.getByRole('heading', { name: 'Avtalsmall för PUB-avtal' })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Standardmallen', { exact: true })).toBeVisible();
    const placeholders = page.getByRole('region', { name: 'Platshållare' });
    await expect(placeholders.getByRole('listitem').first()).toBeVisible();

    // An unknown placeholder is an error beside the field, before and after saving.
    const firstTitle = await page.getByRole('group', { name: 'Klausul 1', exact: true }).locator('p').nth(1).innerText();
    await page.getByRole('button', { name: 'Ändra klausul 1', exact: true }).click();
    const form = page.getByRole('form', { name: 'Ändra klausul 1', exact: true });
    const body = form.getByLabel('Text på svenska');
    const original = await body.inputValue();
    await body.fill(`${original}\n\nGäller {{kund.namn}}.`);
    await expect(form.getByText(/Okänd platshållare: kund\.namn\./)).toBeVisible();

    // The README's screenshot: the clause being edited, its error, and the placeholders beside it.
    await page.mouse.move(0, 0);
    await form.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -80));
    await page.screenshot(shot('agreement-template'));

    await form.getByRole('button', { name: 'Spara' }).click();
    await expect(form.getByText(/Okänd platshållare: kund\.namn\./)).toBeVisible();
    await body.fill(`${original}\n\nGäller för kunden.`);
    await expect(form.getByText(/Okänd platshållare/)).toHaveCount(0);
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText('Klausulen har sparats.')).toBeVisible();
    await expect(page.getByText('Anpassad', { exact: true })).toBeVisible();

    // Move clause 1 down: it becomes clause 2.
    await page.getByRole('button', { name: 'Flytta klausul 1 nedåt', exact: true }).click();
    await expect(page.getByRole('group', { name: 'Klausul 2', exact: true })).toContainText(firstTitle);

    // Add an own clause, then remove it.
    await page.getByRole('button', { name: 'Lägg till klausul' }).click();
    const added = page.getByRole('form', { name: 'Ny klausul' });
    await added.getByLabel('Rubrik på svenska').fill('Försäkring');
    await added.getByLabel('Text på svenska').fill('Biträdet har en ansvarsförsäkring som täcker uppdraget för {{controller.name}}.');
    await added.getByRole('button', { name: 'Spara' }).click();
    await expect(page.getByText('Klausulen har lagts till.')).toBeVisible();
    const count = await page.getByRole('group', { name: /^Klausul \d+$/ }).count();
    const last = page.getByRole('group', { name: `Klausul ${count}`, exact: true });
    await expect(last).toContainText('Försäkring');
    await expect(last).toContainText('Egen klausul');

    await page.getByRole('button', { name: `Ta bort klausul ${count}`, exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await expect(page.getByText('Klausulen har tagits bort.')).toBeVisible();
    await expect(page.getByRole('group', { name: /^Klausul \d+$/ })).toHaveCount(count - 1);

    // Back to the default: the first clause is the original one again.
    await page.getByRole('button', { name: 'Återställ standardmallen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Återställ standardmallen' }).click();
    await expect(page.getByText('Standardmallen är återställd.')).toBeVisible();
    await expect(page.getByText('Standardmallen', { exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Klausul 1', exact: true })).toContainText(firstTitle);
    await expect(page.getByRole('button', { name: 'Återställ standardmallen' })).toBeDisabled();
  });

  test('generates agreements for chosen customers into a folder, in the background', async ({ page, gotoApp }) => {
    test.setTimeout(90_000);
    await gotoApp();
    await nav(page, 'PUB-avtal');
    await page.getByRole('button', { name: 'Ta fram för flera kunder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ta fram PUB-avtal för flera kunder' });
    await dialog.getByRole('radio', { name: 'Utvalda kunder' }).check();
    await dialog.getByRole('button', { name: 'Ta fram avtalen' }).click();
    await expect(dialog.getByText('Välj minst en kund.')).toBeVisible();
    const picker = dialog.getByRole('combobox', { name: 'Kunder' });
    for (const name of ['Arboga Mekaniska', 'Örebro Kyl']) {
      await picker.fill(name);
      await page.getByRole('option', { name: new RegExp(name) }).click();
    }
    await dialog.getByText(/^En ny version tas fram/).click(); // closes the list of customers
    await dialog.getByRole('radio', { name: 'Engelska' }).check();
    await dialog.getByRole('button', { name: 'Ta fram avtalen' }).click();

    const folder = await savedPath(page, '2 avtal har tagits fram');
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.docx'));
    expect(files).toHaveLength(2);

    // The new versions are drafts in English.
    await page.getByRole('radiogroup', { name: 'Visa' }).getByText('Utkast', { exact: true }).click();
    for (const name of [CUSTOMER, 'Örebro Kyl & Värme AB']) {
      await expect(page.getByRole('row', { name: new RegExp(name) }).first()).toContainText('Engelska');
    }
  });

  test('the agreement page in English', async ({ page, app, gotoApp }) => {
    const [customer] = (await app.call<{ items: { id: number }[] }>('customers.list', { query: CUSTOMER })).items;
    const agreement = await app.call<{ id: number }>('agreements.generate', {
      customerId: customer!.id,
      lang: 'en',
      noticeDays: 30,
      effectiveOn: null,
      signingPlace: 'Arboga',
      processorSignatory: { name: '', title: '' },
      controllerSignatory: { name: '', title: '' },
      notes: '',
    });
    await gotoApp();
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto(`${app.baseUrl}/#/pub-avtal/${agreement.id}`);
    await expect(page.getByRole('heading', { name: `DPA with ${CUSTOMER}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as sent' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Details in the agreement' })).toContainText('English');
    await expect(page.getByRole('region', { name: 'Signed copy' })).toContainText('No copy is attached.');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { name: `PUB-avtal med ${CUSTOMER}` })).toBeVisible();
  });
});

test.describe('PUB-avtal batch on a larger register', () => {
  test.use({ reference: { customers: 150 } });

  test('a batch can be cancelled part-way and keeps what it generated', async ({ page, gotoApp }) => {
    test.setTimeout(120_000);
    await gotoApp();
    await nav(page, 'PUB-avtal');
    const count = page.getByText(/^\d+ avtalsversion(er)?$/);
    const before = Number(/\d+/.exec(await count.innerText())?.[0]);
    await page.getByRole('button', { name: 'Ta fram för flera kunder' }).click();
    await page.getByRole('dialog', { name: 'Ta fram PUB-avtal för flera kunder' }).getByRole('button', { name: 'Ta fram avtalen' }).click();

    const progress = page.getByRole('dialog', { name: 'Tar fram PUB-avtal' });
    await expect(progress.getByText(/^\d+ av \d+ klart$/)).toBeVisible();
    await progress.getByRole('button', { name: 'Avbryt' }).click();

    const note = page.getByRole('alert').filter({ hasText: 'Avbrutet efter' });
    await expect(note).toBeVisible();
    const [, generated, total] = /Avbrutet efter (\d+) av (\d+) avtal/.exec(await note.innerText()) ?? [];
    expect(Number(generated)).toBeLessThan(Number(total));
    const folder = (await note.locator('code').innerText()).trim();
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.docx'))).toHaveLength(Number(generated));
    await expect(progress).toHaveCount(0);
    // The list shows the versions that were generated before the cancel.
    await expect(count).toHaveText(`${before + Number(generated)} avtalsversioner`);
  });
});
