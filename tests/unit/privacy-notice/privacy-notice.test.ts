import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { activityFields, emptyActivity, retentionRuleFields } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { call, coreWithRegister, ok, testCore } from '../helpers';

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

/** The text of document.xml: paragraphs on their own lines, entities decoded. */
function textOf(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A small strictness check: tags balance (every element opened is closed, in order) and no forbidden characters. */
function assertWellFormed(xml: string): void {
  expect(FORBIDDEN.test(xml)).toBe(false);
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (close) expect(stack.pop(), `closing ${name}`).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  // Every '<' starts a tag and every '&' an entity.
  expect(body.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
}

async function sampleCore() {
  const { core, dir } = testCore();
  await ok(core, 'register.openSample', { path: path.join(dir, 'sample.forteckna') });
  return { core, dir };
}

describe('privacy notice from the register', () => {
  it('names every included activity’s purposes and legal bases, leaves excluded ones out, and has a row per retention rule', async () => {
    const { core, dir } = await sampleCore();
    const settings = await ok(core, 'privacyNotice.get', {});
    expect(settings.introSv).toMatch(/Exempel IT AB/);
    const excluded = settings.activities.find((a) => /kamera/i.test(a.name))!;
    const updated = await ok(core, 'privacyNotice.update', {
      revision: settings.revision,
      introSv: settings.introSv,
      introEn: settings.introEn,
      excludedActivityIds: [excluded.id],
      sections: [{ titleSv: 'Egen rubrik om kameror', titleEn: 'Our own heading', bodySv: 'Egen text.', bodyEn: 'Own text.' }],
    });
    expect(updated.activities.find((a) => a.id === excluded.id)?.included).toBe(false);

    for (const lang of ['sv', 'en'] as const) {
      const file = path.join(dir, `notice-${lang}.docx`);
      const result = await ok(core, 'privacyNotice.export', { lang, format: 'docx', path: file });
      expect(result).toMatchObject({ path: file, registerVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/) });
      expect(result!.bytes).toBe(fs.statSync(file).size);
      const xml = await documentXml(file);
      assertWellFormed(xml);
      const text = textOf(xml);
      expect(text).toContain(result!.registerVersion);
      const included = updated.activities.filter((a) => a.included);
      const usedRules = new Set<number>();
      for (const summary of included) {
        const activity = await ok(core, 'activities.get', { id: summary.id });
        activity.retention.forEach((r) => usedRules.add(r.retentionRuleId));
        for (const p of activity.purposes) {
          // The English notice prints the English variant where there is one.
          const description = lang === 'en' && p.descriptionEn ? p.descriptionEn : p.description;
          expect(text, description).toContain(description.trim().replace(/\.$/, ''));
          expect(text).toContain(enumLabel('legalBasis', p.legalBasis, lang).replace(/\)$/, ''));
        }
      }
      const excludedActivity = await ok(core, 'activities.get', { id: excluded.id });
      expect(text).not.toContain(excludedActivity.name);
      expect(text).not.toContain(excludedActivity.purposes[0]!.description);
      // One header row plus one row per rule used by the included activities.
      const table = xml.match(/<w:tbl>.*?<\/w:tbl>/s)![0];
      expect(table.match(/<w:tr>|<w:tr /g)!.length).toBe(usedRules.size + 1);
      expect(table).toContain('<w:tblHeader/>');
      for (const id of usedRules) {
        const rule = await ok(core, 'retentionRules.get', { id });
        expect(textOf(table)).toContain(lang === 'sv' ? rule.nameSv : rule.nameEn || rule.nameSv);
      }
      expect(textOf(table)).toContain(lang === 'sv' ? 'Utrensningspolicy' : 'Storage location');
      // IMY, with its contact details.
      expect(text).toContain('Integritetsskyddsmyndigheten');
      for (const detail of ['Box 8114, 104 20 Stockholm', 'imy@imy.se', '08-657 61 00', 'www.imy.se']) expect(text).toContain(detail);
      const rights =
        lang === 'sv'
          ? [
              'Rätt till tillgång',
              'Rätt till rättelse',
              'Rätt till radering',
              'Rätt till begränsning',
              'Rätt till dataportabilitet',
              'Rätt att invända',
              'Rätt att återkalla samtycke',
            ]
          : [
              'Right of access',
              'Right to rectification',
              'Right to erasure',
              'Right to restriction',
              'Right to data portability',
              'Right to object',
              'Right to withdraw consent',
            ];
      for (const right of rights) expect(text).toContain(right);
      expect(text).toContain(lang === 'sv' ? 'senast inom en månad' : 'within one month');
      expect(text).toContain(lang === 'sv' ? 'Egen rubrik om kameror' : 'Our own heading');
      expect(text).toContain(lang === 'sv' ? 'PUB-avtal' : 'PUB-avtal');
      expect(text).toContain('556677-8899');
      const zip = await JSZip.loadAsync(fs.readFileSync(file));
      const footer = await zip.file('word/footer1.xml')!.async('string');
      expect(textOf(footer)).toMatch(lang === 'sv' ? /Sida .*PAGE.* av .*NUMPAGES/s : /Page .*PAGE.* of .*NUMPAGES/s);
      expect(await zip.file('word/header1.xml')!.async('string')).toContain('Exempel IT AB');
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(styles).toContain(`w:val="${lang === 'sv' ? 'sv-SE' : 'en-GB'}"`);
      for (const style of ['Title', 'Heading1', 'Heading2', 'FortecknaTable']) expect(styles).toContain(`w:styleId="${style}"`);
      expect(xml).toContain('w:pStyle w:val="Heading1"');

      // The HTML export says the same.
      const htmlFile = path.join(dir, `notice-${lang}.html`);
      const html = await ok(core, 'privacyNotice.export', { lang, format: 'html', path: htmlFile });
      expect(html!.registerVersion).toBe(result!.registerVersion);
      const page = fs.readFileSync(htmlFile, 'utf8');
      expect(page).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
      expect(page).toContain('<meta charset="utf-8">');
      expect(page).toContain('imy@imy.se');
      expect(page.match(/<tr>/g)!.length).toBe(usedRules.size + 1);
      const preview = await ok(core, 'privacyNotice.preview', { lang });
      expect(preview.html).toBe(page);
    }
  });

  it('keeps hostile text valid in DOCX and escaped in HTML', async () => {
    const { core, dir } = await coreWithRegister();
    const hostile = `<script>alert("x")</script> & 'q' \u0001\u0007\u000B\uFFFE\uFFFF\uD800 😀 שלום עולם ${'ä'.repeat(50)}`;
    const rule = await ok(
      core,
      'retentionRules.create',
      retentionRuleFields.parse({
        nameSv: `Regel ${hostile}`,
        nameEn: '',
        storageLocation: hostile,
        purpose: hostile,
        anchorKind: 'created',
        anchorEvent: null,
        roundAnchorTo: 'none',
        duration: 'P30D',
        inclusive: false,
        backupLag: 'P7D',
        action: 'delete',
        legalMinimumDuration: null,
        legalMinimumSource: '',
        legalBasisRef: '',
        legalHoldAllowed: false,
        policySv: '',
        policyEn: '',
      }),
    );
    await ok(
      core,
      'activities.create',
      activityFields.parse({
        ...emptyActivity,
        name: `Aktivitet ${hostile}`,
        status: 'active',
        purposes: [
          { description: `Syfte ${hostile}`, legalBasis: 'legitimate_interests', legalBasisDetail: hostile, liaText: 'x'.repeat(10000) },
        ],
        retention: [{ termId: null, retentionRuleId: rule.id }],
      }),
    );
    const settings = await ok(core, 'privacyNotice.get', {});
    await ok(core, 'privacyNotice.update', {
      revision: settings.revision,
      introSv: `${hostile}\n\n${'lång text '.repeat(1000)}`,
      introEn: '',
      excludedActivityIds: [],
      sections: [{ titleSv: hostile, titleEn: '', bodySv: hostile, bodyEn: '' }],
    });
    const file = path.join(dir, 'hostile.docx');
    await ok(core, 'privacyNotice.export', { lang: 'sv', format: 'docx', path: file });
    const xml = await documentXml(file);
    assertWellFormed(xml);
    const text = textOf(xml);
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('😀 שלום עולם');
    expect(text).toContain('Rensas 30 dagar');
    const header = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/header1.xml')!.async('string');
    assertWellFormed(header);

    const { html } = await ok(core, 'privacyNotice.preview', { lang: 'sv' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(FORBIDDEN.test(html)).toBe(false);
    expect(html).toContain('😀 שלום עולם');
  });

  it('refuses a stale revision and an unknown activity', async () => {
    const { core } = await coreWithRegister();
    const settings = await ok(core, 'privacyNotice.get', {});
    const fields = { introSv: 'Hej', introEn: 'Hi', excludedActivityIds: [], sections: [] };
    const saved = await ok(core, 'privacyNotice.update', { ...fields, revision: settings.revision });
    expect(saved).toMatchObject({ introSv: 'Hej', revision: settings.revision + 1 });
    const stale = await call(core, 'privacyNotice.update', { ...fields, introSv: 'Igen', revision: settings.revision });
    expect(stale.ok).toBe(false);
    if (!stale.ok) {
      expect(stale.error.code).toBe('CONFLICT');
      expect((stale.error.details as { current: { introSv: string } }).current.introSv).toBe('Hej');
    }
    const unknown = await call(core, 'privacyNotice.update', { ...fields, excludedActivityIds: [999], revision: saved.revision });
    expect(unknown.ok ? null : unknown.error.issues?.[0]).toMatchObject({
      path: ['excludedActivityIds', 0],
      message: 'v.unknownReference',
    });
  });

  it('writes to the given path, else into <dataFolder>/Export/, and refuses a missing folder', async () => {
    const { core, dir } = await coreWithRegister();
    const first = await ok(core, 'privacyNotice.export', { lang: 'sv', format: 'html' });
    const second = await ok(core, 'privacyNotice.export', { lang: 'sv', format: 'html' });
    expect(path.dirname(first!.path)).toBe(path.join(dir, 'Export'));
    expect(path.basename(first!.path)).toMatch(/^Integritetspolicy Test AB \d{4}-\d{2}-\d{2}\.html$/);
    expect(second!.path).not.toBe(first!.path);
    expect(fs.existsSync(first!.path) && fs.existsSync(second!.path)).toBe(true);
    const docx = await ok(core, 'privacyNotice.export', { lang: 'en', format: 'docx' });
    expect(path.basename(docx!.path)).toMatch(/^Privacy notice Test AB .*\.docx$/);
    const given = path.join(dir, 'policy.docx');
    const written = await ok(core, 'privacyNotice.export', { lang: 'sv', format: 'docx', path: given });
    expect(written!.path).toBe(given);
    expect(fs.readFileSync(given).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const missing = await call(core, 'privacyNotice.export', { lang: 'sv', format: 'docx', path: path.join(dir, 'saknas', 'x.docx') });
    expect(missing.ok ? null : missing.error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['path'] }] });
    const reveal = await call(core, 'files.reveal', { path: given });
    expect(reveal.ok ? null : reveal.error.code).toBe('UNSUPPORTED');
  });
});
