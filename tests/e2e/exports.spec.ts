import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// The register's exports on "Dokument och export" in browser mode (no native dialogs, so files go
// into the data folder's Export folder): the Excel workbook, the portable JSON file, importing it
// again from the welcome screen into a new register, and the problems list of a broken file.

async function openDocuments(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
    .getByRole('link', { name: 'Dokument och export', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Export och avtal' })).toBeVisible();
}

/** The notification naming the written file: returns the path shown, and closes it. */
async function savedPath(page: Page, title: string): Promise<{ shown: string; note: Locator }> {
  const note = page.getByRole('alert').filter({ hasText: title });
  await expect(note).toBeVisible({ timeout: 30_000 });
  const shown = (await note.locator('code').innerText()).trim();
  // Browser mode has no "Visa i mappen": there is no file manager to show it in.
  await expect(note.getByRole('button', { name: 'Visa i mappen' })).toHaveCount(0);
  return { shown, note };
}

test.describe('exports from the sample register', () => {
  test.use({ register: 'sample' });

  test('saves the register as Excel with the chosen sheets into the Export folder', async ({ page, app, gotoApp }) => {
    test.setTimeout(90_000);
    await gotoApp();
    await openDocuments(page);

    const excel = page.getByRole('region', { name: 'Registret som Excel' });
    const all = excel.getByRole('checkbox', { name: 'Alla blad' });
    await expect(all).toBeChecked();
    for (const sheet of ['Behandlingar (art. 30.1)', 'Biträdesregister (art. 30.2)', 'Underbiträden', 'PUB-avtal', 'Utrustning']) {
      await expect(excel.getByRole('checkbox', { name: sheet })).toBeChecked();
    }
    await expect(page.getByText(/Filerna sparas i mappen Export i /)).toBeVisible();
    await expect(page.getByRole('region', { name: 'PUB-avtal' }).getByRole('link', { name: 'Gå till PUB-avtal' })).toHaveAttribute(
      'href',
      '#/pub-avtal',
    );
    await page.screenshot(shot('documents'));

    // None chosen: nothing to save. Then all but the equipment.
    await all.uncheck();
    await expect(excel.getByText('Välj minst ett blad.')).toBeVisible();
    await expect(excel.getByRole('button', { name: 'Spara som Excel' })).toBeDisabled();
    await all.check();
    await excel.getByRole('checkbox', { name: 'Utrustning' }).uncheck();
    await excel.getByRole('group', { name: 'Arbetsbokens språk' }).getByRole('button', { name: 'English' }).click();
    await excel.getByRole('button', { name: 'Spara som Excel' }).click();

    const { shown, note } = await savedPath(page, 'Registret har sparats som Excel');
    await expect(note).toContainText('på 9 blad');
    expect(path.dirname(shown)).toBe(path.join(app.dataDir, 'Export'));
    expect(shown.endsWith('.xlsx')).toBe(true);
    expect(fs.existsSync(shown)).toBe(true);
    expect(fs.readFileSync(shown).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as XLSX is
  });

  test('File → Export → Register (Excel…) asks for the language and sheets, then saves', async ({ page, app, gotoApp }) => {
    test.setTimeout(90_000);
    await gotoApp();
    await expect(page.getByTestId('register-organisation')).toHaveText('Exempel IT AB');
    // What the native menu sends (electron/main/menu-template.ts → app.menuCommand).
    app.core.emit('app.menuCommand', { command: 'exportWorkbook' });
    const dialog = page.getByRole('dialog', { name: 'Exportera registret till Excel' });
    await expect(dialog.getByRole('checkbox', { name: 'Alla blad' })).toBeChecked();
    await dialog.getByRole('checkbox', { name: 'Organisation' }).uncheck();
    await page.screenshot({ path: '/tmp/pw-exports-menu.png' });
    await dialog.getByRole('button', { name: 'Spara som Excel' }).click();
    const { shown, note } = await savedPath(page, 'Registret har sparats som Excel');
    await expect(note).toContainText('på 9 blad');
    expect(fs.readFileSync(shown).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('a broken portable file shows every problem, and nothing is created', async ({ page, app, gotoApp }) => {
    test.setTimeout(90_000);
    // A real export with two customers spoiled.
    const source = path.join(app.dataDir, 'Trasig.json');
    await app.call('portable.export', { path: source });
    const doc = JSON.parse(fs.readFileSync(source, 'utf8')) as { tables: { customers: Record<string, unknown>[] } };
    doc.tables.customers[0]!.name = 42;
    doc.tables.customers[2]!.status = 'bortglömd';
    fs.writeFileSync(source, JSON.stringify(doc));
    const target = path.join(app.dataDir, 'Blir inte av.forteckna');

    await gotoApp();
    await openDocuments(page);
    await page.getByRole('region', { name: 'Portabel fil (JSON)' }).getByRole('button', { name: 'Importera portabel fil' }).click();
    const form = page.getByRole('dialog', { name: 'Importera portabel fil' });
    await form.getByRole('textbox', { name: 'Portabel fil (JSON)' }).fill(source);
    await form.getByRole('textbox', { name: 'Nytt register' }).fill(target);
    await form.getByRole('button', { name: 'Importera' }).click();

    const problems = page.getByRole('dialog', { name: 'Filen kunde inte importeras' });
    await expect(problems).toBeVisible({ timeout: 30_000 });
    await expect(problems).toContainText('Filen har 2 fel. Inget register har skapats.');
    const list = problems.getByRole('table', { name: 'Fel i filen' });
    await expect(list.getByRole('row')).toHaveCount(3); // the header and one row per problem
    await expect(list).toContainText('$.tables.customers[0].name');
    await expect(list).toContainText('$.tables.customers[2].status');
    await page.screenshot({ path: '/tmp/pw-exports-problems.png' });
    expect(fs.existsSync(target)).toBe(false);

    // "Välj en annan fil" goes back to the paths, as they were typed.
    await problems.getByRole('button', { name: 'Välj en annan fil' }).click();
    await expect(form.getByRole('textbox', { name: 'Portabel fil (JSON)' })).toHaveValue(source);
    await form.getByRole('button', { name: 'Avbryt' }).click();
    // The sample register is still the open one.
    await expect(page.getByTestId('register-organisation')).toHaveText('Exempel IT AB');
  });

  test('saves the portable file, then imports it from the welcome screen as a new register', async ({ page, app, gotoApp }) => {
    test.setTimeout(120_000);
    await gotoApp();
    await openDocuments(page);
    await page.getByRole('region', { name: 'Portabel fil (JSON)' }).getByRole('button', { name: 'Spara portabel fil' }).click();
    const { shown: json } = await savedPath(page, 'Den portabla filen har sparats');
    expect(path.dirname(json)).toBe(path.join(app.dataDir, 'Export'));
    expect((JSON.parse(fs.readFileSync(json, 'utf8')) as { format: string }).format).toBe('forteckna-register');

    await page.getByRole('button', { name: 'Stäng register' }).click();
    await expect(page.getByRole('button', { name: 'Importera portabel fil' })).toBeVisible();
    await page.screenshot({ path: '/tmp/pw-exports-welcome.png' });
    await page.getByRole('button', { name: 'Importera portabel fil' }).click();
    const form = page.getByRole('dialog', { name: 'Importera portabel fil' });
    await expect(form.getByText(/Lämna tomt för att spara det nya registret i /)).toBeVisible();
    await form.getByRole('textbox', { name: 'Portabel fil (JSON)' }).fill(json);
    await page.screenshot({ path: '/tmp/pw-exports-import.png' });
    await form.getByRole('button', { name: 'Importera' }).click();

    const { shown: imported } = await savedPath(page, 'Registret har importerats');
    expect(imported.endsWith('.forteckna')).toBe(true);
    expect(fs.existsSync(imported)).toBe(true);
    await expect(page.getByTestId('register-organisation')).toHaveText('Exempel IT AB');
    expect((await app.call<{ path: string }>('register.current')).path).toBe(imported);

    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Kunder', exact: true })
      .click();
    await expect(page.getByRole('row', { name: /Västerås Redovisning AB/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Mälardalens Tandvård AB/ })).toBeVisible();
    await page.screenshot({ path: '/tmp/pw-exports-imported.png' });
  });
});
