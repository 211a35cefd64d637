// The clause template as data: the default clauses, the placeholders they may use, and what the
// generator does with known and unknown ones.
import { describe, expect, it, onTestFinished } from 'vitest';
import { fillPlaceholders, findPlaceholders, PLACEHOLDERS, unknownPlaceholders } from '../../../shared/agreement-placeholders';
import { renderAgreement } from '../../../electron/core/agreements/agreement.view';
import { DEFAULT_CLAUSES } from '../../../electron/core/agreements/default-clauses';
import { DomainError } from '../../../electron/core/errors';
import { ok } from '../helpers';
import { serviceRegister, subscribe } from '../services/fixture';
import { bodyBlocks, docxParts, fixedOptions, sessionOn, textOf } from './document-fixture';

describe('the default clauses', () => {
  it('are one clause per topic, each with a Swedish and an English title and body', () => {
    expect(DEFAULT_CLAUSES.map((c) => c.code)).toEqual([
      'parties_background',
      'definitions',
      'controller_obligations',
      'instructions',
      'confidentiality',
      'security',
      'subprocessors',
      'transfers',
      'data_subject_rights',
      'breach_and_assistance',
      'end_of_processing',
      'audits',
      'liability',
      'term_and_termination',
      'precedence',
      'governing_law',
    ]);
    for (const c of DEFAULT_CLAUSES) {
      for (const text of [c.titleSv, c.bodySv, c.titleEn, c.bodyEn]) expect(text.trim(), c.code).not.toBe('');
      // The same shape in both languages: as many paragraphs and bullets.
      const shape = (body: string) => body.split(/\n\s*\n/).map((p) => p.split('\n').filter((l) => l.startsWith('- ')).length);
      expect(shape(c.bodyEn), c.code).toEqual(shape(c.bodySv));
    }
  });

  it('use only known placeholders, and the same ones in both languages', () => {
    for (const c of DEFAULT_CLAUSES) {
      for (const text of [c.titleSv, c.bodySv, c.titleEn, c.bodyEn]) expect(unknownPlaceholders(text), c.code).toEqual([]);
      expect(findPlaceholders(c.bodyEn).sort(), c.code).toEqual(findPlaceholders(c.bodySv).sort());
    }
    const used = new Set(DEFAULT_CLAUSES.flatMap((c) => findPlaceholders(c.bodySv)));
    expect([...used].sort()).toEqual(['agreement.effectiveDate', 'controller.name', 'noticeDays', 'processor.name', 'services']);
  });
});

describe('placeholders', () => {
  it('are listed once each, described in Swedish and English', () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PLACEHOLDERS) {
      expect(p.name).toMatch(/^[a-zA-Z]+(\.[a-zA-Z]+)?$/);
      expect(p.sv.trim()).not.toBe('');
      expect(p.en.trim()).not.toBe('');
    }
  });

  it('are found with or without spaces inside the braces; unknown names are reported, not dropped', () => {
    const text = 'Mellan {{controller.name}} och {{ processor.name }} – {{controler.name}}, {{}} och {{controller.name}}.';
    expect(findPlaceholders(text)).toEqual(['controller.name', 'processor.name', 'controler.name', '']);
    expect(unknownPlaceholders(text)).toEqual(['controler.name', '']);
    expect(fillPlaceholders(text, { 'controller.name': 'Kund AB', 'processor.name': 'Vi AB' })).toBe(
      'Mellan Kund AB och Vi AB – {{controler.name}}, {{}} och Kund AB.',
    );
  });
});

async function oneCustomer() {
  const r = await serviceRegister();
  const file = (await ok(r.core, 'register.current', {}))!.path;
  const backup = await ok(r.core, 'services.create', r.backup);
  const customer = await r.customer('Kund & Co AB');
  await subscribe(r.core, customer.id, backup.id);
  const session = sessionOn(file);
  onTestFinished(() => session.close());
  return { ...r, session, customer };
}

describe('placeholders in the generated agreement', () => {
  it('refuses an unknown placeholder with the clause and field it is in', async () => {
    const { session, customer } = await oneCustomer();
    const clauses = [
      DEFAULT_CLAUSES[0]!,
      { titleSv: 'Egen', bodySv: 'Gäller {{kund.namn}} och {{controller.name}}.', titleEn: 'Own', bodyEn: '' },
    ];
    for (const lang of ['sv', 'en'] as const) {
      // An English body left empty falls back to the Swedish one, so the error points there.
      const error = await renderAgreement(session, fixedOptions(customer.id, lang, { clauses })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ path: ['clauses', 1, 'bodySv'], message: 'v.placeholder.unknown', params: { names: 'kund.namn' } }],
      });
    }
    const inTitle = [{ titleSv: 'Om {{avtal.id}}', bodySv: 'Text.', titleEn: 'About', bodyEn: 'Text.' }];
    await expect(renderAgreement(session, fixedOptions(customer.id, 'sv', { clauses: inTitle }))).rejects.toMatchObject({
      issues: [{ path: ['clauses', 0, 'titleSv'], params: { names: 'avtal.id' } }],
    });
  });

  it('fills every known placeholder, in the language of the agreement', async () => {
    const { session, customer } = await oneCustomer();
    const all = PLACEHOLDERS.map((p) => `${p.name}=[{{${p.name}}}]`).join('\n');
    const clauses = [{ titleSv: 'Alla', bodySv: all, titleEn: 'All', bodyEn: all }];
    const values = async (lang: 'sv' | 'en', effectiveOn: string | null) => {
      const { data } = await renderAgreement(session, fixedOptions(customer.id, lang, { clauses, effectiveOn, noticeDays: 45 }));
      const xml = (await docxParts(data)).get('word/document.xml')!;
      expect(textOf(xml)).not.toContain('{{');
      const paragraph = bodyBlocks(xml).find((b) => b.kind === 'p' && b.text.startsWith('processor.name='))!;
      return new Map(
        (paragraph.kind === 'p' ? paragraph.text : '')
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=[') + 2, -1)]),
      );
    };
    const sv = await values('sv', null);
    expect([...sv.keys()]).toEqual(PLACEHOLDERS.map((p) => p.name));
    expect(Object.fromEntries(sv)).toMatchObject({
      'processor.name': 'Test AB',
      'controller.name': 'Kund & Co AB',
      'controller.orgNr': '–',
      'agreement.reference': 'PUB-0012',
      'agreement.version': '2',
      'agreement.date': '2026-11-22',
      'agreement.effectiveDate': 'den dag båda parter har undertecknat avtalet',
      'agreement.signingPlace': 'Västerås',
      noticeDays: '45',
      services: 'tjänsten Backup',
    });
    const en = await values('en', '2027-01-01');
    expect(Object.fromEntries(en)).toMatchObject({
      'agreement.effectiveDate': '2027-01-01',
      services: 'the service Backup',
      noticeDays: '45',
    });
  });
});
