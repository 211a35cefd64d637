import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// The register of processing activities, entered through the UI only: a retention rule, a
// system, then a complete processing activity whose completeness reaches 100 %.

const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name, exact: true })
    .click();

test('enters a full processing activity through the UI and sees completeness reach 100 %', async ({ page, gotoApp, app }) => {
  test.setTimeout(90_000);
  await gotoApp();

  // A retention rule, with its words shown while it is edited.
  await nav(page, 'Gallring');
  await page.getByRole('button', { name: 'Ny gallringsregel' }).click();
  const ruleDialog = page.getByRole('dialog', { name: 'Ny gallringsregel' });
  await ruleDialog.getByRole('textbox', { name: 'Namn', exact: true }).fill('Kunduppgifter');
  await ruleDialog.getByLabel('Lagringsplats', { exact: true }).fill('Kundregistret');
  await ruleDialog.getByLabel('Syfte', { exact: true }).fill('Avtal med kunden');
  await ruleDialog.getByRole('textbox', { name: 'Lagringstid' }).fill('2');
  await expect(ruleDialog.getByRole('status', { name: 'Regeln i ord' })).toContainText('Rensas två år efter avslutat avtal');
  await ruleDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('row', { name: 'Kunduppgifter' })).toContainText('Rensas två år efter avslutat avtal');

  // A system where the data is kept.
  await nav(page, 'System och lagring');
  await page.getByRole('button', { name: 'Nytt system' }).click();
  const systemDialog = page.getByRole('dialog', { name: 'Nytt system' });
  await systemDialog.getByRole('textbox', { name: 'Namn', exact: true }).fill('Kundregister (CRM)');
  await systemDialog.getByRole('combobox', { name: 'Typ av system' }).selectOption('crm');
  await systemDialog.getByRole('combobox', { name: 'Drift' }).selectOption('saas');
  await systemDialog.getByLabel('Leverantörens namn').fill('Lime Technologies');
  await systemDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('row', { name: /Kundregister \(CRM\)/ })).toContainText('Programvarutjänst (SaaS)');

  // The processing activity, every field a user would fill in.
  await nav(page, 'Behandlingar');
  await expect(page.getByText('Inga behandlingar ännu.')).toBeVisible();
  await page.getByRole('button', { name: 'Ny behandling' }).click();
  await page.getByLabel('Referensnummer').fill('B-01');
  await page.getByRole('textbox', { name: 'Behandlingens namn', exact: true }).fill('Kundregister');
  await page.getByLabel('Beskrivning', { exact: true }).fill('Kontaktuppgifter och avtal för kundernas kontaktpersoner.');
  await page.getByLabel('Ansvarig i verksamheten').fill('Anna Ek, vd');
  await page.getByRole('radio', { name: 'Aktiv' }).check();

  const purpose1 = page.getByRole('group', { name: 'Ändamål 1' });
  await purpose1.getByRole('textbox', { name: 'Ändamål', exact: true }).fill('Administrera kundavtal och kontakter');
  await purpose1.getByRole('combobox', { name: 'Rättslig grund' }).selectOption('contract');
  await purpose1.getByLabel('Närmare stöd', { exact: true }).fill('Kundavtalet');
  await page.getByRole('button', { name: 'Lägg till ändamål' }).click();
  const purpose2 = page.getByRole('group', { name: 'Ändamål 2' });
  await purpose2.getByRole('textbox', { name: 'Ändamål', exact: true }).fill('Skicka driftinformation till kundens kontaktpersoner');
  await purpose2.getByRole('combobox', { name: 'Rättslig grund' }).selectOption('legitimate_interests');
  await purpose2.getByLabel('Närmare stöd', { exact: true }).fill('Information om driften');
  await purpose2
    .getByRole('textbox', { name: 'Intresseavvägning', exact: true })
    .fill('Kunderna behöver få veta om driftstörningar. Bara kontaktuppgifter i tjänsten används och mottagarna förväntar sig utskicken.');

  await page.getByRole('checkbox', { name: 'Kunders kontaktpersoner' }).check();
  await page.getByRole('checkbox', { name: 'Namn och titel' }).check();
  await page.getByRole('checkbox', { name: 'Kontaktuppgifter (adress, telefon, e-post)' }).check();

  // Recipients are a question of their own: answering "yes" opens the list with a first row.
  await page.getByRole('radio', { name: 'Ja, till mottagarna nedan' }).check();
  const recipient = page.getByRole('group', { name: 'Mottagare 1' });
  await recipient.getByRole('combobox', { name: 'Typ av mottagare' }).selectOption('internal');
  await recipient.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Egen personal med behörighet' });
  await recipient.getByRole('textbox', { name: 'Mottagarens namn' }).fill('Säljare och supporttekniker');

  await page.getByRole('combobox', { name: 'System och lagringsplatser' }).click();
  await page.getByRole('option', { name: /Kundregister \(CRM\)/ }).click();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Lägg till gallringsregel' }).click();
  const retention = page.getByRole('group', { name: 'Gallring 1' });
  await retention.getByRole('combobox', { name: 'Gallringsregel' }).selectOption({ label: 'Kunduppgifter' });
  await expect(retention).toContainText('Rensas två år efter avslutat avtal');

  await page.getByRole('combobox', { name: 'Säkerhetsåtgärder som skyddar behandlingen' }).click();
  await page.getByRole('combobox', { name: 'Säkerhetsåtgärder som skyddar behandlingen' }).fill('Flerfaktor');
  await page.getByRole('option', { name: /Flerfaktorsautentisering/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Skriv sammanfattning från valda åtgärder' }).click();
  await expect(page.getByLabel('Sammanfattning av säkerhetsåtgärderna')).toHaveValue(/Flerfaktorsautentisering/);

  await page.getByRole('checkbox', { name: 'Den registrerade själv' }).check();
  await page.getByRole('combobox', { name: 'Konsekvensbedömning' }).selectOption('not_needed');
  await page.getByLabel('Kommentar om bedömningen').fill('Inget av kriterierna stämmer in.');
  await page.getByLabel('Ungefärligt antal registrerade').fill('cirka 400');
  await page.getByLabel('Senast granskad').fill('2026-11-01');
  await page.getByLabel('Nästa översyn').fill('2027-11-01');

  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Kundregister har lagts till.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'B-01 Kundregister' })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Vad saknas?' });
  await expect(panel).toContainText('Alla obligatoriska uppgifter är ifyllda.');
  await expect(panel).toContainText('100 %');
  await page.locator('#activity-section-purposes').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot(shot('activity-form'));

  // Stored as entered.
  const { items } = await app.call<{ items: { id: number; completeness: { score: number } }[] }>('activities.list', {});
  expect(items).toHaveLength(1);
  expect(items[0]?.completeness.score).toBe(100);
  const stored = await app.call<{ purposes: { legalBasis: string }[]; systems: { name: string }[]; retention: { ruleName: string }[] }>(
    'activities.get',
    { id: items[0]!.id },
  );
  expect(stored.purposes.map((p) => p.legalBasis)).toEqual(['contract', 'legitimate_interests']);
  expect(stored.systems.map((s) => s.name)).toEqual(['Kundregister (CRM)']);
  expect(stored.retention.map((r) => r.ruleName)).toEqual(['Kunduppgifter']);

  await nav(page, 'Behandlingar');
  const row = page.getByRole('row', { name: 'Kundregister' });
  await expect(row).toContainText('B-01');
  await expect(row).toContainText('100 %');
  await expect(page.getByText('Registret är 100 % komplett')).toBeVisible();

  // The system now shows the activity that uses it.
  await nav(page, 'System och lagring');
  await page.getByRole('row', { name: /Kundregister \(CRM\)/ }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Kundregister' })).toBeVisible();
});

test.describe('the sample register', () => {
  test.use({ register: 'sample' });

  test('lists its processing activities with completeness (screenshot)', async ({ page, gotoApp }) => {
    await gotoApp();
    await nav(page, 'Behandlingar');
    await expect(page.getByText(/Registret är \d+ % komplett/)).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toContainText('%');
    await page.screenshot(shot('activities'));
  });
});
