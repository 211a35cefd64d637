import path from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emptyActivity, emptyPurpose } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { retentionRule, system } from '../activities/fixtures';
import { coreWithRegister, ok } from '../helpers';
import { column, readWorkbook, type ReadSheet } from './read';

// Issue 14: the English workbook uses the English variants and marks each Swedish fallback;
// several legal bases are printed with their scopes; "no recipients" is an answer.

const text = (cell: ExcelJS.Cell) => (cell.value === null || cell.value === undefined ? '' : String(cell.value));
const cells = (sheet: ReadSheet, header: string) => column(sheet, header).map(text);

async function smallRegister() {
  const { core, dir } = await coreWithRegister();
  const sys = await ok(core, 'systems.create', { ...system, name: 'Webbplatsens statistikverktyg', nameEn: 'Website statistics tool' });
  const plain = await ok(core, 'systems.create', { ...system, name: 'Ekonomisystem', nameEn: '' });
  await ok(core, 'activities.create', {
    ...emptyActivity,
    refNo: 'PA-01',
    name: 'Webbanalys',
    nameEn: 'Web analytics',
    noRecipients: true,
    systemIds: [sys.id, plain.id],
    purposes: [
      {
        ...emptyPurpose,
        description: 'Förstå hur webbplatsen används',
        descriptionEn: 'Understand how the website is used',
        legalBasis: 'consent',
        legalBasisDetail: 'Cookiebannern',
        legalBasisDetailEn: 'The cookie banner',
        basisScopeSv: 'trafikdata',
        basisScopeEn: 'traffic data',
        liaText: 'Få och pseudonyma uppgifter.',
        moreBases: [{ legalBasis: 'legitimate_interests', scopeSv: 'användardata', scopeEn: 'user data', detail: '' }],
      },
      { ...emptyPurpose, description: 'Felsöka webbplatsen', legalBasis: 'legitimate_interests', liaText: 'Nödvändigt för driften.' },
    ],
  });
  await ok(core, 'activities.create', { ...emptyActivity, refNo: 'PA-02', name: 'Rekrytering' });
  return { core, dir };
}

async function controllerSheet(core: Awaited<ReturnType<typeof smallRegister>>['core'], dir: string, lang: Language) {
  const file = path.join(dir, `register-${lang}.xlsx`);
  await ok(core, 'workbook.export', { lang, path: file, sheets: ['controller'] });
  return (await readWorkbook(file))[0]!;
}

describe('workbook: English variants, several legal bases, explicit answers', () => {
  it('in Swedish: the Swedish texts, each legal basis with its scope, "Inga mottagare" only where answered', async () => {
    const { core, dir } = await smallRegister();
    const sheet = await controllerSheet(core, dir, 'sv');
    expect(cells(sheet, 'Behandling')).toEqual(['Webbanalys', 'Webbanalys', 'Rekrytering']);
    expect(cells(sheet, 'Ändamål')).toEqual(['Förstå hur webbplatsen används', 'Felsöka webbplatsen', '']);
    expect(cells(sheet, 'Rättslig grund')[0]).toBe('Samtycke (trafikdata); Berättigat intresse (användardata)');
    expect(cells(sheet, 'Närmare stöd')[0]).toBe('trafikdata: Cookiebannern');
    expect(cells(sheet, 'Kategorier av mottagare')).toEqual(['Inga mottagare', 'Inga mottagare', '']);
    expect(cells(sheet, 'System')[0]!.split('\n').sort()).toEqual(['Ekonomisystem', 'Webbplatsens statistikverktyg']);
    expect(sheet.rows.flat().map(text).join('\n')).not.toContain('[sv]');
  });

  it('in English: the English variants, and the Swedish marked [sv] where none was written', async () => {
    const { core, dir } = await smallRegister();
    const sheet = await controllerSheet(core, dir, 'en');
    expect(cells(sheet, 'Processing activity')).toEqual(['Web analytics', 'Web analytics', 'Rekrytering [sv]']);
    expect(cells(sheet, 'Purpose')).toEqual(['Understand how the website is used', 'Felsöka webbplatsen [sv]', '']);
    expect(cells(sheet, 'Lawful basis')[0]).toBe('Consent (traffic data); Legitimate interests (user data)');
    expect(cells(sheet, 'Basis detail')[0]).toBe('traffic data: The cookie banner');
    expect(cells(sheet, 'Legitimate interests assessment')).toEqual([
      'Få och pseudonyma uppgifter. [sv]',
      'Nödvändigt för driften. [sv]',
      '',
    ]);
    expect(cells(sheet, 'Categories of recipients')).toEqual(['No recipients', 'No recipients', '']);
    expect(cells(sheet, 'Systems')[0]!.split('\n').sort()).toEqual(['Ekonomisystem [sv]', 'Website statistics tool']);
  });

  it('retention rules in English: storage, purpose and exception in English or marked; a range and "as long as needed"', async () => {
    const { core, dir } = await coreWithRegister();
    await ok(core, 'retentionRules.create', {
      ...retentionRule,
      nameSv: 'Supportärenden',
      nameEn: 'Support tickets',
      storageLocation: 'Ärendesystemet',
      storageLocationEn: 'The ticket system',
      purpose: 'Hjälpa kunden',
      purposeEn: '',
      duration: 'P28D',
      durationMin: 'P3D',
      exceptionSv: 'utom underlag som ska sparas enligt bokföringslagen',
      exceptionEn: 'except records the Bookkeeping Act requires us to keep',
    });
    await ok(core, 'retentionRules.create', { ...retentionRule, nameSv: 'Marknadsföring', nameEn: '', duration: null });
    const file = path.join(dir, 'retention-en.xlsx');
    await ok(core, 'workbook.export', { lang: 'en', path: file, sheets: ['retention'] });
    const sheet = (await readWorkbook(file))[0]!;
    const row = cells(sheet, 'Type').indexOf('Support tickets');
    expect(cells(sheet, 'Storage location')[row]).toBe('The ticket system');
    expect(cells(sheet, 'Purpose')[row]).toBe('Hjälpa kunden [sv]');
    expect(cells(sheet, 'Exception')[row]).toBe('except records the Bookkeeping Act requires us to keep');
    expect(cells(sheet, 'Retention period')[row]).toBe('3–28 days');
    const open = cells(sheet, 'Type').indexOf('Marknadsföring [sv]');
    expect(cells(sheet, 'Retention period')[open]).toBe('As long as the purpose requires');
  });
});
