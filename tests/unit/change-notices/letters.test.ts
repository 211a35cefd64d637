// The change-notice letters (issue 15 §3): every fact of the change in both languages, only what
// the register holds, hostile text still a valid file, the letter texts checked for placeholders,
// the stored SHA-256 equal to the file written, the merged document, cancel, the preflight.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { mergedNoticeLettersDocx, noticeLetterDocx } from '../../../electron/core/documents/notice-letter.docx';
import { buildNoticeLetterView, fillLetterText, type NoticeLetterFacts } from '../../../electron/core/documents/notice-letter.model';
import { sanitizeText } from '../../../electron/core/documents/sanitize';
import { DEFAULT_LETTER_TEXTS } from '../../../electron/core/change-notices/notice-letter.service';
import { Packer } from 'docx';
import type { ChangeNotice, ChangeNoticeFields, Customer, CustomerFields, TaskProgress } from '../../../shared/contract';
import { call, ok } from '../helpers';
import { agreementRegister, firstIssue } from '../agreements/fixture';
import { assertValidParts, bodyBlocks, convertWithLibreOffice, docxParts, soffice, textOf } from '../agreements/document-fixture';
import { subprocessor } from '../services/fixture';

const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

const address = (street: string, postalCode: string, city: string, country = '') => ({ street, postalCode, city, country });

function customerFields(c: Customer, extra: Partial<CustomerFields>): CustomerFields {
  return {
    name: c.name,
    legalForm: c.legalForm,
    orgNr: c.orgNr,
    visitingAddress: c.visitingAddress,
    invoiceAddress: c.invoiceAddress,
    invoiceSameAsVisiting: c.invoiceSameAsVisiting,
    contactPersons: c.contactPersons,
    dpo: c.dpo,
    contractStart: c.contractStart,
    contractEnd: c.contractEnd,
    status: c.status,
    notes: c.notes,
    ...extra,
  } as CustomerFields;
}

async function updateCustomer(core: Core, c: Customer, extra: Partial<CustomerFields>): Promise<Customer> {
  return ok(core, 'customers.update', { id: c.id, revision: c.revision, fields: customerFields(c, extra) });
}

/** A signed agreement in `lang` with its own notice period. */
async function signed(r: Awaited<ReturnType<typeof agreementRegister>>, customerId: number, lang: 'sv' | 'en', noticeDays: number) {
  const a = await r.generate(customerId, { lang, noticeDays });
  return ok(r.core, 'agreements.setStatus', { id: a.id, revision: a.revision, status: 'signed', on: '2026-11-20' });
}

const NOTICE: Omit<ChangeNoticeFields, 'subprocessorId' | 'serviceIds'> = {
  kind: 'add',
  replacedSubprocessorId: null,
  changeSv: 'Cloud Vault Inc. blir nytt underbiträde för tjänsten Backup och lagrar en extra kopia av säkerhetskopiorna.',
  changeEn: 'Cloud Vault Inc. becomes a new sub-processor for the Backup service and keeps an extra copy of the backups.',
  reason: 'Vi behöver en andra lagringsplats med längre lagringstid.',
  reasonEn: 'We need a second storage location with a longer retention.',
  effectiveDate: '2027-02-01',
  decidedBy: 'Anna Ek',
  decision: 'notify',
  decisionNote: '',
  earlyReason: '',
};

/**
 * The notice for a sub-processor added to Backup: the service's list is changed (which proposes a
 * notice), then the proposal is decided (or, without one, a notice is made by hand).
 */
async function notify(
  core: Core,
  serviceId: number,
  subprocessorId: number,
  fields: Partial<ChangeNoticeFields> = {},
): Promise<ChangeNotice> {
  const service = await ok(core, 'services.get', { id: serviceId });
  const kind = fields.kind ?? 'add';
  const ids = service.subprocessors.map((s) => s.id).filter((id) => id !== fields.replacedSubprocessorId);
  if (kind !== 'change') {
    await ok(core, 'services.update', {
      id: service.id,
      revision: service.revision,
      fields: {
        name: service.name,
        subjectMatter: service.subjectMatter,
        purpose: service.purpose,
        subjectMatterEn: service.subjectMatterEn,
        purposeEn: service.purposeEn,
        nature: service.nature,
        processingTermIds: service.processingTermIds,
        personalDataTermIds: service.personalDataTermIds,
        dataSubjectTermIds: service.dataSubjectTermIds,
        specialCategories: service.specialCategories,
        subprocessorIds: kind === 'remove' ? ids.filter((id) => id !== subprocessorId) : [...ids, subprocessorId],
        systemIds: service.systemIds,
        measureIds: service.measureIds,
        endOfContractAction: service.endOfContractAction,
        retentionRuleId: service.retentionRuleId,
        status: service.status,
        notes: service.notes,
      },
    });
  }
  const all: ChangeNoticeFields = { ...NOTICE, subprocessorId, serviceIds: kind === 'change' ? [] : [serviceId], ...fields };
  const proposed = (await ok(core, 'changeNotices.list', { subprocessorId })).find((n) => n.decision === 'pending');
  return proposed
    ? ok(core, 'changeNotices.update', { id: proposed.id, revision: proposed.revision, fields: all })
    : ok(core, 'changeNotices.create', all);
}

/**
 * Three customers of Backup: Alfa (Swedish agreement, 45 days), Beta (English agreement, 30 days)
 * and Ceta (no signed agreement); a US sub-processor added to Backup, to be notified.
 */
async function letterRegister() {
  const r = await agreementRegister();
  const org = await ok(r.core, 'organisation.get', {});
  await ok(r.core, 'organisation.update', {
    ...org,
    phone: '021-12 34 56',
    website: 'www.test.se',
    dpo: { name: 'Lena Dahl', email: 'dataskydd@test.se', phone: '021-12 34 57' },
  });
  const alfa = await updateCustomer(r.core, await r.subscribed('Alfa AB'), {
    orgNr: '556677-8899',
    visitingAddress: address('Kungsgatan 5', '111 43', 'Stockholm'),
    dpo: { name: 'Eva Bergström', email: 'eva@alfa.se', phone: '' },
  });
  const beta = await updateCustomer(r.core, await r.subscribed('Beta Ltd'), {
    visitingAddress: address('1 High Street', 'SW1A 1AA', 'London', 'United Kingdom'),
  });
  const ceta = await r.subscribed('Ceta AB');
  await signed(r, alfa.id, 'sv', 45);
  await signed(r, beta.id, 'en', 30);
  const cloud = await ok(r.core, 'subprocessors.create', {
    ...subprocessor('Cloud Vault Inc.', 'US', 'scc_2021_914'),
    orgNr: 'EIN 12-3456789',
    serviceDescription: 'Lagring av en extra kopia av säkerhetskopiorna',
    processingLocations: 'Virginia, USA',
  });
  const notice = await notify(r.core, r.backup.id, cloud.id);
  return { ...r, alfa, beta, ceta, cloud, notice };
}

type LetterRegister = Awaited<ReturnType<typeof letterRegister>>;

async function letters(r: LetterRegister, input: { customerIds?: number[]; merged?: boolean } = {}) {
  const folder = fs.mkdtempSync(path.join(r.dir, 'brev-'));
  const result = (await ok(r.core, 'changeNotices.letters', { id: r.notice.id, folder, merged: false, ...input }))!;
  return { folder, result };
}

async function readLetter(file: string) {
  const data = fs.readFileSync(file);
  const parts = await docxParts(data);
  const xml = parts.get('word/document.xml')!;
  return { data, parts, xml, text: textOf(xml), blocks: bodyBlocks(xml) };
}

/** The facts table as label → value. */
function facts(blocks: ReturnType<typeof bodyBlocks>): Map<string, string> {
  const table = blocks.find((b) => b.kind === 'table');
  if (!table || table.kind !== 'table') throw new Error('no facts table');
  return new Map(table.rows.slice(1).map((row) => [row[0]!, row[1]!]));
}

const fileOf = (files: string[], customer: string) =>
  files.find((f) => path.basename(f) === `Ändringsmeddelande ${customer} 2026-11-22.docx`)!;

describe('notice letters', () => {
  it('writes one letter per affected customer, in its agreement’s language, with every fact of the change', async () => {
    const r = await letterRegister();
    const { folder, result } = await letters(r);
    expect(result).toMatchObject({ folder, generated: 3, total: 3, cancelled: false, merged: null });
    expect(result.files.map((f) => path.basename(f)).sort()).toEqual([
      'Ändringsmeddelande Alfa AB 2026-11-22.docx',
      'Ändringsmeddelande Beta Ltd 2026-11-22.docx',
      'Ändringsmeddelande Ceta AB 2026-11-22.docx',
    ]);

    const sv = await readLetter(fileOf(result.files, 'Alfa AB'));
    assertValidParts(sv.parts);
    expect(facts(sv.blocks)).toEqual(
      new Map([
        ['Vad som ändras', NOTICE.changeSv],
        ['Berörda tjänster', 'Backup'],
        ['Nytt underbiträde', 'Cloud Vault Inc.'],
        ['Registreringsnummer', 'EIN 12-3456789'],
        ['Land eller region', 'USA'],
        ['Vad underbiträdet gör', 'Lagring av en extra kopia av säkerhetskopiorna'],
        ['Var behandlingen sker', 'Virginia, USA'],
        ['Stöd för överföring till tredjeland', 'Standardavtalsklausuler (art. 46.2 c)'],
        ['Skäl till ändringen', NOTICE.reason],
        ['Gäller från och med', '2027-02-01'],
        // Alfa's own agreement gives it 45 days from today.
        ['Sista dag att invända', '2027-01-06'],
      ]),
    );
    const svParagraphs = sv.blocks.flatMap((b) => (b.kind === 'p' ? [b] : []));
    expect(svParagraphs[0]).toMatchObject({ text: '2026-11-22' });
    expect(svParagraphs[1]!.text).toBe('Alfa AB\nAtt: Eva Bergström\nKungsgatan 5\n111 43 Stockholm');
    expect(svParagraphs.find((p) => p.style === 'Heading1')!.text).toBe('Ändring av underbiträde: Cloud Vault Inc.');
    const alfaAgreement = (await ok(r.core, 'agreements.list', { customerId: r.alfa.id }))[0]!;
    expect(sv.text).toContain(`enligt personuppgiftsbiträdesavtalet ${alfaAgreement.reference}.`);
    expect(sv.text).toContain('Enligt punkt 7 (Underbiträden) i avtalet');
    expect(sv.text).toContain('minst 45 dagar innan');
    expect(sv.text).toContain('meddela oss senast 2027-01-06 på dataskydd@test.se eller 021-12 34 57.');
    expect(sv.text).toContain('Den gäller från och med 2027-02-01.');
    expect(sv.text).toContain('Med vänliga hälsningar');
    // Our name and contact under the closing; the letterhead and the footer.
    expect(svParagraphs.slice(-3).map((p) => p.text)).toEqual([
      'Test AB',
      'Storgatan 1, 722 11 Västerås, Sverige',
      'info@test.se · 021-12 34 56 · www.test.se',
    ]);
    expect(textOf(sv.parts.get('word/header1.xml')!)).toContain('Test AB');
    expect(textOf(sv.parts.get('word/footer1.xml')!)).toMatch(/Ändring av underbiträde · 2026-11-22.*Sida .*PAGE.* av .*NUMPAGES/s);
    expect(sv.parts.get('word/styles.xml')).toContain('w:val="sv-SE"');
    expect(sv.text).not.toMatch(/\{\{|\}\}/);

    const en = await readLetter(fileOf(result.files, 'Beta Ltd'));
    expect(facts(en.blocks)).toEqual(
      new Map([
        ['What changes', NOTICE.changeEn],
        ['Services concerned', 'Backup'],
        ['New sub-processor', 'Cloud Vault Inc.'],
        ['Registration number', 'EIN 12-3456789'],
        ['Country or region', 'United States'],
        // The sub-processor's own texts have no English variant: marked, as in Bilaga 2.
        ['What the sub-processor does', 'Lagring av en extra kopia av säkerhetskopiorna [sv]'],
        ['Where the processing takes place', 'Virginia, USA [sv]'],
        ['Ground for transfer to a third country', 'Standard contractual clauses (Art. 46(2)(c))'],
        ['Reason for the change', NOTICE.reasonEn],
        ['Applies from', '2027-02-01'],
        ['Last day to object', '2026-12-22'],
      ]),
    );
    const enParagraphs = en.blocks.flatMap((b) => (b.kind === 'p' ? [b] : []));
    expect(enParagraphs[1]!.text).toBe('Beta Ltd\nAttn: Karin Berg\n1 High Street\nSW1A 1AA London\nUnited Kingdom');
    expect(enParagraphs.find((p) => p.style === 'Heading1')!.text).toBe('Change of sub-processor: Cloud Vault Inc.');
    expect(en.text).toContain('Under clause 7 (Sub-processors) of the agreement');
    expect(en.text).toContain('no later than 2026-12-22 at dataskydd@test.se or 021-12 34 57.');
    expect(en.text).toContain('If you wish to object');
    expect(en.text).toContain('Kind regards');
    expect(en.text).not.toMatch(/Sista dag|Gäller från|Med vänliga|Underbiträden|\beller\b/);
    expect(textOf(en.parts.get('word/footer1.xml')!)).toMatch(/Change of sub-processor · 2026-11-22.*Page .*PAGE.* of .*NUMPAGES/s);
    expect(en.parts.get('word/styles.xml')).toContain('w:val="en-GB"');
    expect(en.parts.get('docProps/core.xml')).toContain('Change of sub-processor: Cloud Vault Inc.');

    // Without a signed agreement: Swedish, the default 30 days, and its own wording (see below).
    const ceta = await readLetter(fileOf(result.files, 'Ceta AB'));
    expect(facts(ceta.blocks).get('Sista dag att invända')).toBe('2026-12-22');
    expect(ceta.text).toContain('minst 30 dagar innan');
    // No address: the name and the attention line only.
    expect(ceta.blocks.flatMap((b) => (b.kind === 'p' ? [b.text] : []))[1]).toBe('Ceta AB\nAtt: Karin Berg');
  });

  it('claims no agreement to a customer without a signed one: no clause, no authorisation, no acceptance by silence', async () => {
    const r = await letterRegister();
    const { result } = await letters(r);
    const ceta = await readLetter(fileOf(result.files, 'Ceta AB'));
    expect(ceta.text).toContain('Vi har ännu inget undertecknat personuppgiftsbiträdesavtal med er');
    expect(ceta.text).not.toMatch(/enligt personuppgiftsbiträdesavtalet|förhandstillstånd|punkt \d|godtagit ändringen/);
    expect(facts(ceta.blocks).get('Sista dag att invända')).toBe('2026-12-22');
    const alfa = await readLetter(fileOf(result.files, 'Alfa AB'));
    expect(alfa.text).toMatch(/Enligt punkt \d+ \(Underbiträden\) i avtalet har ni gett oss ett allmänt skriftligt förhandstillstånd/);
  });

  it('names the replaced sub-processor, leaves out what the register has no answer for, and no transfer inside the EU/EEA', async () => {
    const r = await letterRegister();
    const nordic = await ok(r.core, 'subprocessors.create', subprocessor('Nordisk Lagring AB', 'SE', 'none_eea'));
    const replace = await notify(r.core, r.backup.id, nordic.id, {
      kind: 'replace',
      replacedSubprocessorId: r.de.id,
      changeSv: 'Nordisk Lagring AB ersätter Sicherung GmbH.',
      changeEn: '',
      reason: '',
    });
    const folder = fs.mkdtempSync(path.join(r.dir, 'byte-'));
    const result = (await ok(r.core, 'changeNotices.letters', {
      id: replace.id,
      folder,
      merged: false,
      customerIds: [r.alfa.id, r.beta.id],
    }))!;
    expect(result.files).toHaveLength(2);
    const sv = facts((await readLetter(fileOf(result.files, 'Alfa AB'))).blocks);
    expect([...sv.keys()]).toEqual([
      'Vad som ändras',
      'Berörda tjänster',
      'Nytt underbiträde',
      'Land eller region',
      'Ersätter',
      'Gäller från och med',
      'Sista dag att invända',
    ]);
    expect(sv.get('Ersätter')).toBe('Sicherung GmbH (Tyskland)');
    expect(sv.get('Land eller region')).toBe('Sverige');
    const en = facts((await readLetter(fileOf(result.files, 'Beta Ltd'))).blocks);
    expect(en.get('What changes')).toBe('Nordisk Lagring AB ersätter Sicherung GmbH. [sv]');
    expect(en.get('Replaces')).toBe('Sicherung GmbH (Germany)');
    expect(en.has('Ground for transfer to a third country')).toBe(false);
  });

  it('refuses a notice not decided to notify, customers it does not affect, and one without customers', async () => {
    const r = await letterRegister();
    const pending = await ok(r.core, 'changeNotices.update', {
      id: r.notice.id,
      revision: r.notice.revision,
      fields: { ...r.notice.fields, decision: 'pending' },
    });
    expect(firstIssue(await call(r.core, 'changeNotices.letters', { id: pending.id, merged: false, folder: r.dir }))).toBe(
      'id: v.changeNotice.notNotify',
    );
    const back = await ok(r.core, 'changeNotices.update', { id: pending.id, revision: pending.revision, fields: r.notice.fields });
    const stranger = await r.customer('Främling AB');
    expect(
      firstIssue(
        await call(r.core, 'changeNotices.letters', { id: back.id, merged: false, folder: r.dir, customerIds: [r.alfa.id, stranger.id] }),
      ),
    ).toBe('customerIds.1: v.changeNotice.notAffected');

    // A service nobody subscribes to.
    const lonely = await ok(r.core, 'services.create', { ...r.backup, name: 'Arkiv' });
    const other = await ok(r.core, 'subprocessors.create', subprocessor('Ensam AB', 'SE', 'none_eea'));
    const none = await notify(r.core, lonely.id, other.id, { effectiveDate: '2026-12-01' });
    expect(firstIssue(await call(r.core, 'changeNotices.letters', { id: none.id, merged: false, folder: r.dir }))).toBe(
      'id: v.changeNotice.noRecipients',
    );
  });

  it('stores each letter’s bytes and SHA-256 with the notice, equal to the file written, and saves them again byte for byte', async () => {
    const r = await letterRegister();
    const { result } = await letters(r);
    const notice = await ok(r.core, 'changeNotices.get', { id: r.notice.id });
    for (const recipient of notice.recipients) {
      const file = fileOf(result.files, recipient.customerName);
      const data = fs.readFileSync(file);
      expect(recipient.letter).toMatchObject({ lang: recipient.lang, sha256: sha256(data), size: data.length });
      const target = path.join(r.dir, `kopia-${recipient.customerId}.docx`);
      const saved = await ok(r.core, 'changeNotices.saveLetter', { noticeId: notice.id, customerId: recipient.customerId, path: target });
      expect(saved).toEqual({ path: target, bytes: data.length });
      expect(sha256(fs.readFileSync(target))).toBe(recipient.letter!.sha256);
    }
    expect(notice.recipients.map((x) => [x.customerName, x.letter?.lang])).toEqual([
      ['Alfa AB', 'sv'],
      ['Beta Ltd', 'en'],
      ['Ceta AB', 'sv'],
    ]);
    // Without a path: a free name in the export folder, named after the customer and the day.
    const exported = await ok(r.core, 'changeNotices.saveLetter', { noticeId: notice.id, customerId: r.alfa.id });
    expect(exported!.path).toBe(path.join(r.dir, 'Export', 'Ändringsmeddelande Alfa AB 2026-11-22.docx'));
    const stranger = await r.customer('Främling AB');
    expect((await call(r.core, 'changeNotices.saveLetter', { noticeId: notice.id, customerId: stranger.id })).ok).toBe(false);
  });

  it('writes into Export/Ändringsmeddelanden <date> without a folder, and one merged document with every customer', async () => {
    const r = await letterRegister();
    const result = (await ok(r.core, 'changeNotices.letters', { id: r.notice.id, merged: true }))!;
    expect(result.folder).toBe(path.join(r.dir, 'Export', 'Ändringsmeddelanden 2026-11-22'));
    expect(result.merged).toBe(path.join(result.folder, 'Ändringsmeddelanden för utskrift 2026-11-22.docx'));
    expect(fs.readdirSync(result.folder).sort()).toEqual([
      'Ändringsmeddelande Alfa AB 2026-11-22.docx',
      'Ändringsmeddelande Beta Ltd 2026-11-22.docx',
      'Ändringsmeddelande Ceta AB 2026-11-22.docx',
      'Ändringsmeddelanden för utskrift 2026-11-22.docx',
    ]);
    const merged = await readLetter(result.merged!);
    assertValidParts(merged.parts);
    // One section per letter (each on a new page, its own page numbers), in the customers' order.
    expect(merged.xml.match(/<w:sectPr/g)).toHaveLength(3);
    expect(merged.xml.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(3);
    const recipients = merged.blocks.flatMap((b) => (b.kind === 'p' && /\n/.test(b.text) ? [b.text.split('\n')[0]] : []));
    expect(recipients).toEqual(['Alfa AB', 'Beta Ltd', 'Ceta AB']);
    expect(merged.text).toContain('Ändring av underbiträde: Cloud Vault Inc.');
    expect(merged.text).toContain('Change of sub-processor: Cloud Vault Inc.');
    // The English letter's runs carry their own language in the Swedish document.
    expect(merged.xml).toContain('<w:lang w:val="en-GB"/>');
    const footers = [...merged.parts.entries()].filter(([name]) => name.startsWith('word/footer')).map(([, xml]) => xml);
    // Each letter counts its own pages ("Sida 2"), without a total LibreOffice could not show.
    expect(footers.every((xml) => /Sida .*PAGE/s.test(textOf(xml)) || /Page .*PAGE/s.test(textOf(xml)))).toBe(true);
    expect(footers.some((xml) => /NUMPAGES|SECTIONPAGES/.test(xml))).toBe(false);
  });

  it('keeps the letters made before a cancel and says it was cancelled', async () => {
    const r = await letterRegister();
    for (const name of ['D AB', 'E AB', 'F AB']) await r.subscribed(name);
    const notice = await ok(r.core, 'changeNotices.get', { id: r.notice.id });
    expect(notice.recipients).toHaveLength(6);
    let taskId: string | null = null;
    r.core.subscribe((event, payload) => {
      if (event === 'task.progressed') taskId ??= (payload as TaskProgress).taskId;
    });
    // Watch the register between the letters and cancel once two are stored.
    let watching = true;
    const watch = async () => {
      while (watching) {
        await new Promise((resolve) => setImmediate(resolve));
        const stored = (await ok(r.core, 'changeNotices.get', { id: notice.id })).recipients.filter((x) => x.letter).length;
        if (taskId && stored >= 2) {
          await ok(r.core, 'tasks.cancel', { taskId });
          return;
        }
      }
    };
    const watcher = watch();
    const folder = fs.mkdtempSync(path.join(r.dir, 'avbrutet-'));
    const result = (await ok(r.core, 'changeNotices.letters', { id: notice.id, merged: true, folder }))!;
    watching = false;
    await watcher;
    expect(result).toMatchObject({ cancelled: true, total: 6, merged: null });
    expect(result.generated).toBeGreaterThanOrEqual(2);
    expect(result.generated).toBeLessThan(6);
    const after = await ok(r.core, 'changeNotices.get', { id: notice.id });
    const stored = after.recipients.filter((x) => x.letter);
    expect(stored).toHaveLength(result.generated);
    expect(fs.readdirSync(folder).sort()).toEqual(result.files.map((f) => path.basename(f)).sort());
    for (const x of stored) expect(sha256(fs.readFileSync(fileOf(result.files, x.customerName)))).toBe(x.letter!.sha256);
  });
});

describe('the letter texts', () => {
  it('ship as defaults, refuse unknown placeholders at texts.<field>, store a default block as the default, and reset', async () => {
    const r = await letterRegister();
    const shipped = await ok(r.core, 'noticeLetter.get', {});
    expect(shipped.texts).toEqual(DEFAULT_LETTER_TEXTS);
    expect(shipped.defaults).toEqual(['subject', 'intro', 'objection', 'introNoAgreement', 'objectionNoAgreement', 'closing']);
    expect(shipped.unknownPlaceholders).toEqual([]);
    expect(shipped.placeholders.map((p) => p.name)).toEqual([
      'customerName',
      'agreementReference',
      'clause',
      'noticeDays',
      'effectiveDate',
      'objectionDeadline',
      'contact',
      'processorName',
      'subprocessorName',
    ]);
    // Every placeholder the shipped texts use is declared, and every text is set in both languages.
    for (const text of Object.values(DEFAULT_LETTER_TEXTS)) {
      expect(text.trim()).not.toBe('');
      for (const m of text.matchAll(/\{\{(.*?)\}\}/g)) expect(shipped.placeholders.map((p) => p.name)).toContain(m[1]);
    }

    const bad = await call(r.core, 'noticeLetter.save', {
      revision: shipped.revision,
      texts: { ...shipped.texts, introSv: 'Hej {{kund}} och {{customerName}} {{ frist }}', closingEn: '{{x}}' },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('INVALID_INPUT');
      expect(bad.error.issues).toEqual([
        { path: ['texts', 'introSv'], message: 'v.placeholder.unknown', params: { names: 'kund, frist' } },
        { path: ['texts', 'closingEn'], message: 'v.placeholder.unknown', params: { names: 'x' } },
      ]);
    }

    const subject = 'Nytt underbiträde hos {{processorName}} – {{customerName}}';
    const saved = await ok(r.core, 'noticeLetter.save', {
      revision: shipped.revision,
      texts: { ...shipped.texts, subjectSv: subject, closingEn: '' },
    });
    expect(saved.texts.subjectSv).toBe(subject);
    expect(saved.defaults).toEqual(['intro', 'objection', 'introNoAgreement', 'objectionNoAgreement']);
    expect(saved.revision).toBe(shipped.revision + 1);
    // Saving the shipped text again stores the default.
    const again = await ok(r.core, 'noticeLetter.save', {
      revision: saved.revision,
      texts: { ...saved.texts, closingEn: shipped.texts.closingEn },
    });
    expect(again.defaults).toEqual(['intro', 'objection', 'introNoAgreement', 'objectionNoAgreement', 'closing']);

    const stale = await call(r.core, 'noticeLetter.save', { revision: shipped.revision, texts: shipped.texts });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');

    // The letters use the register's text, filled in.
    const { result } = await letters(r, { customerIds: [r.alfa.id] });
    const sv = await readLetter(result.files[0]!);
    expect(sv.blocks.find((b) => b.kind === 'p' && b.style === 'Heading1')).toMatchObject({
      text: 'Nytt underbiträde hos Test AB – Alfa AB',
    });

    const reset = await ok(r.core, 'noticeLetter.reset', { revision: again.revision });
    expect(reset.texts).toEqual(DEFAULT_LETTER_TEXTS);
    expect(reset.defaults).toEqual(['subject', 'intro', 'objection', 'introNoAgreement', 'objectionNoAgreement', 'closing']);
    expect((await call(r.core, 'noticeLetter.reset', { revision: again.revision })).ok).toBe(false);
  });

  it('leaves no gap where a value is empty, and keeps an unknown placeholder as written', () => {
    const values = { agreementReference: '', customerName: 'Kund AB', clause: 'punkt 7 (Underbiträden)' };
    expect(fillLetterText('enligt avtalet {{agreementReference}}. Enligt {{clause}} i avtalet', values)).toBe(
      'enligt avtalet. Enligt punkt 7 (Underbiträden) i avtalet',
    );
    expect(fillLetterText('avtalet ({{agreementReference}}) för {{ customerName }}', values)).toBe('avtalet för Kund AB');
    expect(fillLetterText('avtalet {{agreementReference}} gäller, {{agreementReference}}, och {{okänd}}', values)).toBe(
      'avtalet gäller, och {{okänd}}',
    );
    // A NUL in the text is removed first, never taken for an empty value.
    expect(fillLetterText('a\u0000 b {{customerName}}', values)).toBe('a b Kund AB');
  });
});

// Quotes, markup (a Word run among them), an ampersand, C0 controls, U+FFFE/U+FFFF, a lone surrogate, emoji and RTL text.
const HOSTILE = `"Citat" 'apostrof' <w:t>x</w:t> <script>alert("x")</script> & ]]> \u0001\u0007\u000B\uFFFE\uFFFF\uD800 😀 שלום`;
const long = (n: number) => `${HOSTILE} ${'Lång text utan slut. '.repeat(Math.ceil(n / 21))}`.slice(0, n);

/** A letter from hand-built facts: hostile everywhere, 5000-character texts. */
function hostileFacts(lang: 'sv' | 'en'): NoticeLetterFacts {
  const place = { street: HOSTILE, postalCode: '', city: HOSTILE, country: HOSTILE };
  return {
    lang,
    date: '2026-11-22',
    organisation: {
      name: `Firma ${HOSTILE}`,
      orgNr: HOSTILE,
      address: place,
      email: HOSTILE,
      phone: HOSTILE,
      website: HOSTILE,
      dpo: { name: HOSTILE, email: '', phone: '' },
    },
    logo: null,
    customer: {
      name: `Kund ${HOSTILE}`,
      visitingAddress: place,
      invoiceAddress: place,
      invoiceSameAsVisiting: true,
      dpo: { name: HOSTILE, email: '', phone: '' },
      contactPersons: [],
    },
    notice: {
      kind: 'replace',
      fields: {
        kind: 'replace',
        subprocessorId: 1,
        replacedSubprocessorId: 2,
        serviceIds: [1],
        changeSv: long(4000),
        changeEn: long(4000),
        reason: long(4000),
        reasonEn: long(4000),
        effectiveDate: '2027-02-01',
        decidedBy: HOSTILE,
        decision: 'notify',
        decisionNote: '',
        earlyReason: '',
      },
      subprocessorDetails: {
        id: 1,
        name: `Underbiträde ${HOSTILE}`,
        orgNr: HOSTILE,
        locationKind: 'region',
        country: '',
        regionName: HOSTILE,
        regionInEea: false,
        serviceDescription: long(5000),
        processingLocations: long(5000),
        transferMechanism: 'bcr',
        thirdCountry: true,
      },
      replacedDetails: {
        id: 2,
        name: HOSTILE,
        orgNr: '',
        locationKind: 'country',
        country: 'DE',
        regionName: '',
        regionInEea: true,
        serviceDescription: '',
        processingLocations: '',
        transferMechanism: 'none_eea',
        thirdCountry: false,
      },
    },
    recipient: {
      deadline: '2026-12-22',
      noticeDays: 30,
      agreement: { id: 1, reference: HOSTILE, version: 1, lang, signedOn: '2026-01-01' },
    },
    services: [HOSTILE, long(300)],
    clause: { number: 7, title: HOSTILE },
    texts: {
      subject: `${HOSTILE} {{subprocessorName}}`,
      intro: `${long(5000)}\n\n- ${HOSTILE}\n- {{customerName}}`,
      objection: `${long(5000)} {{contact}} {{clause}} {{agreementReference}}`,
      introNoAgreement: long(5000),
      objectionNoAgreement: long(5000),
      closing: long(5000),
    },
  };
}

describe('hostile text', () => {
  it.each(['sv', 'en'] as const)(
    'gives well-formed XML parts with the text kept and the forbidden characters removed (%s)',
    async (lang) => {
      const view = buildNoticeLetterView(hostileFacts(lang));
      const data = await Packer.toBuffer(noticeLetterDocx(view));
      const parts = await docxParts(data);
      assertValidParts(parts);
      const kept = sanitizeText(HOSTILE);
      expect(kept).toBe(`"Citat" 'apostrof' <w:t>x</w:t> <script>alert("x")</script> & ]]>  😀 שלום`);
      const xml = parts.get('word/document.xml')!;
      const text = textOf(xml);
      expect(text).toContain(`Kund ${kept}`);
      expect(text).toContain(`Underbiträde ${kept}`);
      expect(text).toContain(sanitizeText(long(5000)));
      // The markup is text, escaped: no run of ours is cut short by it.
      expect(xml).toContain('&lt;w:t&gt;x&lt;/w:t&gt;');
      expect(xml).not.toContain('<w:t>x</w:t>');
      const rows = facts(bodyBlocks(xml));
      expect(rows.get(lang === 'sv' ? 'Land eller region' : 'Country or region')).toBe(kept.trim());
      expect(rows.get(lang === 'sv' ? 'Stöd för överföring till tredjeland' : 'Ground for transfer to a third country')).toMatch(/47/);
      expect(textOf(parts.get('word/header1.xml')!)).toContain(`Firma ${kept}`);
    },
  );

  it.skipIf(!soffice)(
    'converts a hostile letter and a merged document to PDF with LibreOffice',
    async () => {
      const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'letters-lo-'));
      try {
        const views = (['sv', 'en'] as const).map((lang) => buildNoticeLetterView(hostileFacts(lang)));
        for (const data of [
          await Packer.toBuffer(noticeLetterDocx(views[0]!)),
          await Packer.toBuffer(mergedNoticeLettersDocx(views, { title: HOSTILE, description: HOSTILE })),
        ]) {
          const { pdf, text } = convertWithLibreOffice(data, dir);
          expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
          if (text !== null) expect(text).toContain('Lång text utan slut.');
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});

describe('preflight', () => {
  it('reports what the letters would lack, each with where to fix it', async () => {
    const r = await letterRegister();
    const check = async (uiLang: 'sv' | 'en' = 'sv') =>
      ok(r.core, 'preflight.check', { document: 'noticeLetters', lang: 'sv', uiLang, noticeId: r.notice.id });
    // The register as built: a customer without a signed agreement is the only thing to say.
    const first = await check();
    expect(first.ok).toBe(true);
    expect(first.items.map((i) => [i.severity, i.code, i.subject])).toEqual([['warning', 'noticeLetters.noAgreement', 'Ceta AB']]);
    expect(first.items[0]!.fix).toEqual({ kind: 'customer', id: r.ceta.id, field: null });

    // Break everything the letters rely on.
    const org = await ok(r.core, 'organisation.get', {});
    await ok(r.core, 'organisation.update', { ...org, email: '', phone: '', dpo: { name: 'Lena Dahl', email: '', phone: '' } });
    const cloud = await ok(r.core, 'subprocessors.get', { id: r.cloud.id });
    await ok(r.core, 'subprocessors.update', {
      id: cloud.id,
      revision: cloud.revision,
      // (A third country "within the EU/EEA" is refused by the form; only an older file can hold it.)
      fields: { ...subprocessor(cloud.name, 'US', 'scc_2021_914'), serviceDescription: '', orgNr: '' },
    });
    const notice = await ok(r.core, 'changeNotices.get', { id: r.notice.id });
    await ok(r.core, 'changeNotices.update', {
      id: notice.id,
      revision: notice.revision,
      fields: { ...notice.fields, reason: '', changeEn: '' },
    });
    const ceta = await ok(r.core, 'customers.get', { id: r.ceta.id });
    await updateCustomer(r.core, ceta, { contactPersons: [] });
    const letter = await ok(r.core, 'noticeLetter.get', {});
    await ok(r.core, 'noticeLetter.save', { revision: letter.revision, texts: { ...letter.texts, objectionEn: '' } });

    const result = await check();
    expect(result.ok).toBe(false);
    expect(result.items.map((i) => [i.severity, i.code, i.fix])).toEqual([
      ['error', 'noticeLetters.serviceDescription', { kind: 'subprocessor', id: r.cloud.id, field: 'serviceDescription' }],
      ['error', 'noticeLetters.noContact', { kind: 'organisation', id: null, field: 'email' }],
      ['warning', 'noticeLetters.recipientUnreachable', { kind: 'customer', id: r.ceta.id, field: 'visitingAddress.street' }],
      ['warning', 'noticeLetters.noReason', { kind: 'changeNotice', id: r.notice.id, field: 'reason' }],
      ['warning', 'noticeLetters.subprocessorOrgNr', { kind: 'subprocessor', id: r.cloud.id, field: 'orgNr' }],
      ['warning', 'noticeLetters.noAgreement', { kind: 'customer', id: r.ceta.id, field: null }],
      ['warning', 'noticeLetters.englishMissing', { kind: 'changeNotice', id: r.notice.id, field: 'changeEn' }],
      ['warning', 'noticeLetters.englishMissing', { kind: 'noticeLetter', id: null, field: 'texts.objectionEn' }],
    ]);
    // Only the chosen customers: the English ones' warnings go with Beta.
    const alfaOnly = await ok(r.core, 'preflight.check', {
      document: 'noticeLetters',
      lang: 'sv',
      noticeId: r.notice.id,
      customerIds: [r.alfa.id],
    });
    expect(alfaOnly.items.map((i) => i.code)).not.toContain('noticeLetters.englishMissing');
    expect(alfaOnly.items.map((i) => i.code)).not.toContain('noticeLetters.noAgreement');
    // Item texts in the UI's language.
    const en = await check('en');
    expect(en.items.find((i) => i.code === 'noticeLetters.noContact')!.text).toMatch(/^Our e-mail address and phone number are missing/);
    expect((await call(r.core, 'preflight.check', { document: 'noticeLetters', lang: 'sv' })).ok).toBe(false);
  });
});

describe('golden document', () => {
  it('matches the golden document.xml for a Swedish letter', async () => {
    const r = await letterRegister();
    const { result } = await letters(r, { customerIds: [r.alfa.id] });
    const { xml } = await readLetter(result.files[0]!);
    const pretty = xml
      .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="0"')
      // The agreement reference is the register's own numbering.
      .replace(/PUB-\d{4}/g, 'PUB-0000')
      .replace(/(<\/w:p>|<\/w:tr>|<w:tbl>|<\/w:tbl>|<w:body>)/g, '$1\n');
    await expect(pretty).toMatchFileSnapshot('./__snapshots__/notice-letter.sv.document.xml');
  });

  it('gives the same bytes of document.xml for the same facts', async () => {
    const a = await docxParts(await Packer.toBuffer(noticeLetterDocx(buildNoticeLetterView(hostileFacts('sv')))));
    const b = await docxParts(await Packer.toBuffer(noticeLetterDocx(buildNoticeLetterView(hostileFacts('sv')))));
    expect(a.get('word/document.xml')).toBe(b.get('word/document.xml'));
    await JSZip.loadAsync(await Packer.toBuffer(noticeLetterDocx(buildNoticeLetterView(hostileFacts('en')))));
  });
});
