// The reply to an access request (issue 16 §2): every item of Art. 15(1)(a)–(h) and 15(2) in both
// languages, read back from word/document.xml; only the activities of the request (or those
// ticked); a golden document.xml per language; hostile text still a valid file; the save port;
// the preflight's errors and warnings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/core';
import { accessReplyDocx } from '../../../electron/core/documents/access-reply.docx';
import { buildAccessReplyDraft, type AccessReplyFacts } from '../../../electron/core/documents/access-reply.model';
import { collectAccessReplyFacts, replyActivities } from '../../../electron/core/requests/access-reply.view';
import { requestsService } from '../../../electron/core/requests/requests.service';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { emptyDsrRequest, type Activity, type DsrRequest, type DsrRequestFields } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { assertValidParts, bodyBlocks, docxParts, sessionOn, textOf } from '../agreements/document-fixture';
import { call, FIXED_NOW, ok } from '../helpers';

const TODAY = '2026-11-22';

let dir: string;
let core: Core;
let chosen: string | null = null;
const offered: string[] = [];
let file: string;
/** Kundregister and Marknadsföring (a transfer, consent); Rekrytering is left unticked. */
let customers: Activity;
let marketing: Activity;
let recruitment: Activity;
let camera: Activity;
let request: DsrRequest;

const fields = (extra: Partial<DsrRequestFields> = {}): DsrRequestFields => ({
  ...emptyDsrRequest,
  receivedOn: '2026-11-10',
  requesterName: 'Karin Lund',
  requesterContact: 'karin.lund@example.se\nBjörkvägen 3, 722 14 Västerås',
  identity: 'verified',
  identityMethod: 'BankID',
  identityCheckedOn: '2026-11-11',
  identityCheckedBy: 'Anna Ek',
  status: 'in_progress',
  ...extra,
});

const byName = async (pattern: RegExp): Promise<Activity> => {
  const list = await ok(core, 'activities.list', { query: '', includeArchived: true });
  return ok(core, 'activities.get', { id: list.items.find((a) => pattern.test(a.name))!.id });
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-access-reply-'));
  core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: dir,
    settings: memorySettings(),
    clock: { now: () => FIXED_NOW },
    validateOutputs: true,
    logError: process.env.DEBUG_CORE ? (m: string, e: unknown) => console.error(m, e) : () => {},
    dialogs: {
      chooseNewRegisterPath: async () => null,
      chooseRegisterToOpen: async () => null,
      chooseExportPath: async (name) => {
        offered.push(name);
        return chosen;
      },
    },
  });
  file = path.join(dir, 'sample.forteckna');
  await ok(core, 'register.openSample', { path: file });
  customers = await byName(/^Kundregister/);
  marketing = await byName(/^Marknadsföring/);
  recruitment = await byName(/^Rekrytering/);
  camera = await byName(/^Kamerabevakning/);
  request = await ok(core, 'requests.create', fields({ activityIds: [customers.id, marketing.id] }));
}, 120_000);

afterAll(() => {
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function reply(lang: 'sv' | 'en', extra: { id?: number; activityIds?: number[] } = {}) {
  const target = path.join(dir, `reply-${lang}-${offered.length}-${Math.random().toString(36).slice(2)}.docx`);
  const result = await ok(core, 'requests.accessReply', { id: extra.id ?? request.id, lang, path: target, activityIds: extra.activityIds });
  expect(result).toEqual({ path: target, bytes: fs.statSync(target).size });
  const parts = await docxParts(fs.readFileSync(target));
  assertValidParts(parts);
  const xml = parts.get('word/document.xml')!;
  return { xml, text: textOf(xml), blocks: bodyBlocks(xml) };
}

/** The paragraphs under a Heading 2, up to the next Heading 1 or 2. */
function sectionText(blocks: ReturnType<typeof bodyBlocks>, title: string): string {
  const start = blocks.findIndex((b) => b.kind === 'p' && b.style === 'Heading2' && b.text === title);
  expect(start, `section "${title}"`).toBeGreaterThanOrEqual(0);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'p' && (b.style === 'Heading1' || b.style === 'Heading2'));
  return (end < 0 ? rest : rest.slice(0, end)).map((b) => (b.kind === 'p' ? b.text : b.rows.flat().join(' '))).join('\n');
}

const TITLES = {
  sv: {
    a: 'Varför vi behandlar dina uppgifter och med vilket stöd',
    b: 'Vilka uppgifter om dig vi behandlar',
    c: 'Vilka som får del av uppgifterna',
    d: 'Hur länge vi sparar uppgifterna',
    e: 'Dina övriga rättigheter',
    f: 'Rätt att klaga till Integritetsskyddsmyndigheten',
    g: 'Varifrån uppgifterna kommer',
    h: 'Automatiserade beslut',
    annex: 'Bilaga: kopia av uppgifterna',
    transfers: 'Överföring till länder utanför EU/EES',
    rights: ['Rätt till rättelse', 'Rätt till radering', 'Rätt till begränsning', 'Rätt till dataportabilitet'],
  },
  en: {
    a: 'Why we process your data and on what legal basis',
    b: 'What data about you we process',
    c: 'Who receives the data',
    d: 'How long we keep the data',
    e: 'Your other rights',
    f: 'Right to complain to the supervisory authority',
    g: 'Where the data comes from',
    h: 'Automated decision-making',
    annex: 'Annex: copy of the data',
    transfers: 'Transfers outside the EU/EEA',
    rights: ['Right to rectification', 'Right to erasure', 'Right to restriction', 'Right to data portability'],
  },
} as const;

describe('the access reply from the register', () => {
  it('answers every item of Art. 15(1)(a)–(h) and 15(2) for the request’s activities, in both languages', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const t = TITLES[lang];
      const { text, blocks } = await reply(lang);
      const tr = (sv: string, en: string) => (lang === 'sv' || en.trim() === '' ? sv : en);
      // Addressed to the requester, dated today, the request's right and received date.
      expect(text).toContain(TODAY);
      expect(text).toContain('Karin Lund\nkarin.lund@example.se\nBjörkvägen 3, 722 14 Västerås');
      expect(text).toContain(`${enumLabel('dsrRight', 'access', lang)}, ${lang === 'sv' ? 'mottagen' : 'received'} 2026-11-10.`);
      // (a) purposes and legal bases.
      const a = sectionText(blocks, t.a);
      for (const act of [customers, marketing]) {
        expect(a).toContain(tr(act.name, act.nameEn));
        for (const p of act.purposes) {
          expect(a).toContain(tr(p.description, p.descriptionEn).replace(/\.$/, ''));
          expect(a).toContain(enumLabel('legalBasis', p.legalBasis, lang).replace(/\)$/, ''));
          const detail = tr(p.legalBasisDetail, p.legalBasisDetailEn).trim().replace(/\.$/, '');
          if (detail && p.legalBasis !== 'legitimate_interests') expect(a.toLowerCase()).toContain(detail.toLowerCase());
        }
      }
      // (b) categories of data.
      const b = sectionText(blocks, t.b);
      for (const term of [...customers.personalDataTerms, ...marketing.personalDataTerms])
        expect(b.toLowerCase()).toContain(tr(term.labelSv, term.labelEn).toLowerCase());
      // (c) recipients, and 15(2) transfers with their safeguards.
      const c = sectionText(blocks, t.c);
      expect(c.length).toBeGreaterThan(0);
      const transfer = marketing.transfers[0]!;
      expect(text).toContain(t.transfers);
      expect(text.toLowerCase()).toContain(enumLabel('transferMechanism', transfer.mechanism, lang).toLowerCase());
      if (transfer.safeguards.trim()) expect(text).toContain(transfer.safeguards.trim().replace(/\.$/, ''));
      // (d) retention in words: each rule's name and its text.
      const d = sectionText(blocks, t.d);
      for (const link of [...customers.retention, ...marketing.retention]) {
        const rule = await ok(core, 'retentionRules.get', { id: link.retentionRuleId });
        expect(d).toContain(tr(rule.nameSv, rule.nameEn));
        expect(d).toContain(rule.summary[lang].trim().replace(/\.$/, '').split('\n')[0]!);
      }
      // (e) rights, portability because a purpose rests on consent or a contract.
      const e = sectionText(blocks, t.e);
      for (const right of t.rights) expect(e).toContain(right);
      // (f) IMY.
      const f = sectionText(blocks, t.f);
      for (const detail of ['Integritetsskyddsmyndigheten', 'Box 8114, 104 20 Stockholm', 'imy@imy.se', 'www.imy.se'])
        expect(f).toContain(detail);
      // (g) the source, where not the person.
      const g = sectionText(blocks, t.g);
      expect(g).toContain(lang === 'sv' ? 'från offentliga register' : 'from public registers');
      // (h) automated decisions: none in the register, and the reply says so.
      expect(sectionText(blocks, t.h)).toMatch(lang === 'sv' ? /inga beslut/ : /no decisions/);
      // Art. 15(3): the annex on a page of its own.
      const annex = blocks.findIndex((x) => x.kind === 'p' && x.style === 'Heading1' && x.text === t.annex);
      expect(annex).toBeGreaterThan(0);
      // Our name, address and data protection officer under the closing.
      expect(text).toContain('Exempel IT AB');
      expect(text).toContain(lang === 'sv' ? 'Dataskyddsombud: Karin Ödman' : 'Data protection officer: Karin Ödman');
      expect(text).toContain('dataskydd@exempelit.se');
    }
  }, 120_000);

  it('describes only the request’s activities, or those ticked', async () => {
    const { text } = await reply('sv');
    expect(text).not.toContain(recruitment.name);
    for (const p of recruitment.purposes) expect(text).not.toContain(p.description.replace(/\.$/, ''));

    const ticked = await reply('sv', { activityIds: [recruitment.id] });
    expect(ticked.text).toContain(recruitment.name);
    expect(ticked.text).toContain(recruitment.purposes[0]!.description.replace(/\.$/, ''));
    expect(ticked.text).not.toContain(customers.name);
    expect(ticked.text).not.toContain(marketing.purposes[0]!.description.replace(/\.$/, ''));
  }, 60_000);

  it('shows Swedish text marked [sv] where the English variant is missing', async () => {
    const { text } = await reply('en', { activityIds: [camera.id] });
    expect(camera.nameEn).toBe('');
    expect(text).toContain(`${camera.name} [sv]`);
  }, 60_000);

  it('prints what the register says about automated decisions, Swedish-only text marked in English', async () => {
    const session = sessionOn(file);
    try {
      const stored = session.use(requestsService).get(request.id);
      const { activities } = replyActivities(session, [customers.id]);
      const automated = activities.map((a) => ({
        ...a,
        automatedDecisions: true,
        automatedDecisionsNote: 'Kreditprövning sker automatiskt',
      }));
      for (const lang of ['sv', 'en'] as const) {
        const draft = buildAccessReplyDraft({ ...collectAccessReplyFacts(session, stored, automated, lang) });
        const xml = (await docxParts(await Packer.toBuffer(accessReplyDocx(draft.view)))).get('word/document.xml')!;
        const section = sectionText(bodyBlocks(xml), TITLES[lang].h);
        expect(section).toContain(lang === 'sv' ? 'Kreditprövning sker automatiskt.' : 'Kreditprövning sker automatiskt. [sv]');
        expect(section).not.toMatch(/inga beslut|no decisions/);
        if (lang === 'en')
          expect(draft.fallbacks).toContainEqual(expect.objectContaining({ field: 'automatedDecisionsNote', id: customers.id }));
      }
    } finally {
      session.close();
    }
  }, 60_000);
});

describe('saving', () => {
  it('asks where to save with the requester’s name and today’s date, and gives null when cancelled', async () => {
    chosen = null;
    expect(await ok(core, 'requests.accessReply', { id: request.id, lang: 'sv' })).toBeNull();
    expect(offered.at(-1)).toBe(`Registerutdrag Karin Lund ${TODAY}.docx`);
    chosen = path.join(dir, 'vald.docx');
    const saved = await ok(core, 'requests.accessReply', { id: request.id, lang: 'en' });
    expect(offered.at(-1)).toBe(`Access reply Karin Lund ${TODAY}.docx`);
    expect(saved).toEqual({ path: chosen, bytes: fs.statSync(chosen).size });
  }, 60_000);

  it('refuses a request that is not for access, one received as processor, and one without activities', async () => {
    const objection = await ok(core, 'requests.create', fields({ right: 'objection', activityIds: [customers.id] }));
    const refused = await call(core, 'requests.accessReply', { id: objection.id, lang: 'sv', path: path.join(dir, 'x.docx') });
    expect(refused.ok || refused.error.issues?.[0]?.message).toBe('v.request.notAccess');
    const none = await ok(core, 'requests.create', fields());
    const empty = await call(core, 'requests.accessReply', { id: none.id, lang: 'sv', path: path.join(dir, 'y.docx') });
    expect(empty.ok || empty.error.issues?.[0]?.message).toBe('w.request.noActivities');
    expect(fs.existsSync(path.join(dir, 'x.docx')) || fs.existsSync(path.join(dir, 'y.docx'))).toBe(false);
  }, 60_000);
});

const HOSTILE = 'A\u0000B\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800 lone \uDC00 <w:p> & "quote" 🙂 \u202Eright-to-left\u202C';

/** Every string in the facts with hostile characters around it (the logo's bytes left alone). */
function hostile<T>(value: T): T {
  if (typeof value === 'string') return `${HOSTILE}${value}${HOSTILE}` as T;
  if (Array.isArray(value)) return value.map(hostile) as T;
  if (value && typeof value === 'object' && !(value instanceof Uint8Array))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'lang' || k === 'right' || k === 'kind' ? v : hostile(v)]),
    ) as T;
  return value;
}

describe('hostile text', () => {
  it('still gives a file that parses, with the text kept apart from the forbidden characters', async () => {
    const session = sessionOn(file);
    try {
      const stored = session.use(requestsService).get(request.id);
      const { activities } = replyActivities(session, [customers.id, marketing.id, recruitment.id]);
      for (const lang of ['sv', 'en'] as const) {
        const facts: AccessReplyFacts = collectAccessReplyFacts(session, stored, activities, lang);
        const bad = {
          ...facts,
          organisation: hostile(facts.organisation),
          request: { ...hostile(facts.request), right: 'access' as const },
          terms: hostile(facts.terms),
          rules: facts.rules.map((r) => ({ ...r, nameSv: `${HOSTILE}${r.nameSv}`, policySv: 'x'.repeat(20_000) + HOSTILE })),
          activities: facts.activities.map((a) => ({
            ...a,
            name: `${HOSTILE}${a.name}`,
            nameEn: '',
            purposes: a.purposes.map((p) => ({ ...p, description: `${HOSTILE}${'lång '.repeat(2000)}`, descriptionEn: '' })),
            automatedDecisions: true,
            automatedDecisionsNote: HOSTILE,
          })),
        };
        const parts = await docxParts(await Packer.toBuffer(accessReplyDocx(buildAccessReplyDraft(bad).view)));
        assertValidParts(parts);
        const text = textOf(parts.get('word/document.xml')!);
        expect(text).toContain('AB lone  <w:p> & "quote" 🙂');
        expect(text).toContain('lång '.repeat(50));
      }
    } finally {
      session.close();
    }
  }, 60_000);
});

describe('golden document', () => {
  it('matches the golden document.xml in Swedish and in English', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const { xml } = await reply(lang);
      const pretty = xml
        .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="0"')
        .replace(/(<\/w:p>|<\/w:tr>|<w:tbl>|<\/w:tbl>|<w:body>)/g, '$1\n');
      await expect(pretty).toMatchFileSnapshot(`./__snapshots__/access-reply.${lang}.document.xml`);
    }
  }, 60_000);
});

describe('preflight', () => {
  const check = (input: { requestId?: number; activityIds?: number[]; lang?: 'sv' | 'en'; uiLang?: 'sv' | 'en' }) =>
    ok(core, 'preflight.check', { document: 'accessReply', lang: input.lang ?? 'sv', ...input });
  const codes = (r: Awaited<ReturnType<typeof check>>) => r.items.map((i) => [i.severity, i.code, i.fix]);

  it('passes a complete request and blocks on what would make the reply false or empty', async () => {
    const fine = await check({ requestId: request.id });
    expect(fine).toEqual({ ok: true, items: [] });

    expect(codes(await check({}))).toEqual([['error', 'accessReply.notFound', null]]);
    expect(codes(await check({ requestId: 999_999 }))).toEqual([['error', 'accessReply.notFound', null]]);

    const objection = await ok(core, 'requests.create', fields({ right: 'objection', activityIds: [customers.id] }));
    const notAccess = await check({ requestId: objection.id, uiLang: 'en' });
    expect(codes(notAccess)).toEqual([['error', 'accessReply.notAccess', { kind: 'dsrRequest', id: objection.id, field: 'right' }]]);
    expect(notAccess.items[0]!.text).toBe('An access reply can only be made for a request for access.');

    const customer = (await ok(core, 'customers.list', {})).items[0];
    const asProcessor = await ok(
      core,
      'requests.create',
      fields({ ourRole: 'processor', customerId: customer!.id, status: 'forwarded', forwardedOn: '2026-11-11', activityIds: [] }),
    );
    expect(codes(await check({ requestId: asProcessor.id }))).toContainEqual([
      'error',
      'accessReply.processor',
      { kind: 'dsrRequest', id: asProcessor.id, field: 'ourRole' },
    ]);

    const none = await ok(core, 'requests.create', fields({ activityIds: [] }));
    expect(codes(await check({ requestId: none.id }))).toEqual([
      ['error', 'accessReply.noActivities', { kind: 'dsrRequest', id: none.id, field: 'activityIds' }],
    ]);
    // Ticked activities stand in for the request's own.
    expect((await check({ requestId: none.id, activityIds: [customers.id] })).ok).toBe(true);
  }, 120_000);

  it('warns of an unchecked identity, a draft activity and English variants missing', async () => {
    const pending = await ok(
      core,
      'requests.create',
      fields({ identity: 'pending', identityMethod: '', identityCheckedOn: null, activityIds: [customers.id, camera.id] }),
    );
    const sv = await check({ requestId: pending.id });
    expect(sv.ok).toBe(true);
    expect(codes(sv)).toEqual(
      expect.arrayContaining([
        ['warning', 'accessReply.identityPending', { kind: 'dsrRequest', id: pending.id, field: 'identity' }],
        ['warning', 'accessReply.activityDraft', { kind: 'activity', id: camera.id, field: 'status' }],
        ['warning', 'accessReply.noRetention', { kind: 'activity', id: camera.id, field: 'retention' }],
      ]),
    );
    expect(sv.items.map((i) => i.code)).not.toContain('accessReply.englishMissing');
    const en = await check({ requestId: pending.id, lang: 'en', uiLang: 'en' });
    expect(en.items).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'accessReply.englishMissing',
        subject: camera.name,
        fix: { kind: 'activity', id: camera.id, field: 'nameEn' },
        text: 'The name is missing in English. The English reply shows the Swedish text, marked [sv].',
      }),
    );
  }, 120_000);

  it('blocks when the organisation gives the person no way to reach it (checked last: it changes the organisation)', async () => {
    const org = await ok(core, 'organisation.get', {});
    const { revision, name, legalForm, orgNr, address, website, defaultLanguage, signatoryName, signatoryTitle } = org;
    await ok(core, 'organisation.update', {
      revision,
      name,
      legalForm,
      orgNr,
      website,
      defaultLanguage,
      signatoryName,
      signatoryTitle,
      address: { ...address, street: '', city: '' },
      email: '',
      phone: '',
      dpo: { name: 'Karin Ödman', email: '', phone: '' },
    });
    expect(codes(await check({ requestId: request.id }))).toEqual([
      ['error', 'accessReply.noContact', { kind: 'organisation', id: null, field: 'email' }],
    ]);
  }, 60_000);
});
