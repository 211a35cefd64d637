import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shot } from './screenshot';

// The privacy notice on "Dokument och export", from the sample register: the preview, leaving out an
// internal activity, and the DOCX and HTML exports (browser mode writes them into the data folder).

const INTERNAL = 'Övervakning och loggning av vår egen IT-miljö';

/** Clicks an export button and returns the path the notification names (after checking its extension). */
async function exportAs(page: Page, button: string, extension: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const note = page.getByRole('alert').filter({ hasText: 'Dokumentet har sparats' }).filter({ hasText: extension });
  await expect(note).toBeVisible();
  const shown = (await note.locator('code').innerText()).trim();
  expect(shown.endsWith(extension)).toBe(true);
  // Browser mode has no "Visa i mappen": there is no file manager to show it in.
  await expect(note.getByRole('button', { name: 'Visa i mappen' })).toHaveCount(0);
  await note.getByRole('button').first().click(); // close it, so the next one is the only one
  return shown;
}

test.describe('privacy notice', () => {
  test.use({ register: 'sample' });

  test('previews the notice, leaves out an activity and exports DOCX and HTML', async ({ page, gotoApp }) => {
    test.setTimeout(90_000);
    await gotoApp();
    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Dokument och export', exact: true })
      .click();
    await expect(page.getByRole('heading', { name: 'Integritetspolicy', exact: true }).first()).toBeVisible();

    const preview = page.getByRole('document', { name: 'Förhandsvisning av integritetspolicyn' });
    await expect(preview).toContainText('Exempel IT AB');
    await expect(preview).toContainText('Integritetsskyddsmyndigheten');
    await expect(preview).toContainText('IMY');
    await expect(preview).toContainText(INTERNAL);
    await expect(page.getByText(/^Bygger på registret /)).toBeVisible();

    // Leave the internal activity out and save: it disappears from the preview.
    const include = page.getByRole('checkbox', { name: `Ta med ${INTERNAL} i integritetspolicyn` });
    await expect(include).toBeChecked();
    await include.uncheck();
    await expect(page.getByText(/bygger på den sparade versionen/)).toBeVisible();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect(page.getByText('Integritetspolicyn har sparats.')).toBeVisible();
    await expect(preview).not.toContainText(INTERNAL);
    await expect(preview).toContainText('Kundregister och avtalshantering');

    // The English version.
    const language = page.getByRole('group', { name: 'Dokumentets språk' });
    await language.getByRole('button', { name: 'English' }).click();
    await expect(preview).toContainText('Swedish Authority for Privacy Protection');
    await expect(preview).not.toContainText(INTERNAL);
    await language.getByRole('button', { name: 'Svenska' }).click();
    await expect(preview).toContainText('Integritetsskyddsmyndigheten');

    // The screenshot: the activity choice beside the preview.
    await page.getByText(/behandlingar tas med$/).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -190));
    await preview.evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot(shot('privacy-notice'));

    const docx = await exportAs(page, 'Spara som Word (DOCX)', '.docx');
    expect(fs.existsSync(docx)).toBe(true);
    expect(fs.readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as DOCX is

    const html = await exportAs(page, 'Spara som HTML', '.html');
    expect(fs.existsSync(html)).toBe(true);
    const written = fs.readFileSync(html, 'utf8');
    expect(written).toContain('Exempel IT AB');
    expect(written).not.toContain(INTERNAL);
  });

  test('an English notice from a register with every English text filled in is English throughout', async ({ page, gotoApp }) => {
    test.setTimeout(60_000);
    await gotoApp();
    await page
      .getByRole('navigation', { name: /Huvudmeny|Main menu/ })
      .getByRole('link', { name: 'Dokument och export', exact: true })
      .click();
    await page.getByRole('group', { name: 'Dokumentets språk' }).getByRole('button', { name: 'English' }).click();
    const preview = page.getByRole('document', { name: 'Förhandsvisning av integritetspolicyn' });
    await expect(preview).toContainText('Swedish Authority for Privacy Protection');

    // Nothing is missing, so the check before the document lets it through without a word.
    const html = await exportAs(page, 'Spara som HTML', '.html');
    await expect(page.getByRole('dialog', { name: 'Kontroll före dokumentet' })).toHaveCount(0);
    const written = fs.readFileSync(html, 'utf8');
    expect(written).toContain('Customer register and contract management');
    // No Swedish stand-in is marked, and none of the register's Swedish texts is left.
    expect(written).not.toContain('[sv]');
    for (const swedish of [
      'Kundregister och avtalshantering',
      'Fakturera kunder',
      'Ekonomisystem',
      'Rensas',
      'Rättslig grund',
      'personuppgifter',
    ]) {
      expect(written).not.toContain(swedish);
    }
  });
});
