// Issue 14 for the PUB-avtal: the preflight (what the agreement would lack or claim), English
// agreements from English variants with Swedish fallbacks marked, sole traders' identity, Bilaga 2's
// wording and places, and the same version in the other language with its own hash.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { customerFields, securityMeasureFields, serviceFields, subprocessorFields } from '../../../shared/contract';
import { withCheckDigit } from '../../../shared/orgnr';
import { call, ok } from '../helpers';
import { agreementRegister, firstIssue, sha256, type AgreementRegister } from './fixture';
import { bodyBlocks, docxParts, sectionsOf, sectionText, textOf, type Block } from './document-fixture';

const ORG_NR = withCheckDigit('556036079');
const PERSONNUMMER = withCheckDigit('800101123');

/** A customer the agreement can name: identity and address filled in, subscribed to Backup. */
async function readyCustomer(r: AgreementRegister, name = 'Alfa AB') {
  const c = await r.subscribed(name);
  return ok(r.core, 'customers.update', {
    id: c.id,
    revision: c.revision,
    fields: {
      ...fieldsOf(customerFields, c),
      orgNr: ORG_NR,
      visitingAddress: { street: 'Kungsgatan 2', postalCode: '111 22', city: 'Stockholm', country: '' },
    },
  });
}

/** A record's values as its fields schema reads them. */
const fieldsOf = <S extends z.ZodObject>(schema: S, record: object): z.input<S> =>
  Object.fromEntries(Object.keys(schema.shape).map((k) => [k, (record as Record<string, unknown>)[k]])) as z.input<S>;

async function preflight(r: AgreementRegister, customerId: number, lang: 'sv' | 'en') {
  return ok(r.core, 'preflight.check', { document: 'agreement', lang, customerId });
}

/** The document of a version (or its variant in `lang`) as text, by section. */
async function read(r: AgreementRegister, id: number, lang?: 'sv' | 'en') {
  const file = path.join(r.dir, `read-${id}-${lang ?? 'own'}-${Date.now()}.docx`);
  await ok(r.core, 'agreements.saveDocument', { id, ...(lang ? { lang } : {}), path: file });
  const data = fs.readFileSync(file);
  const xml = (await docxParts(data)).get('word/document.xml')!;
  const blocks = bodyBlocks(xml);
  return { data, text: textOf(xml), blocks, sections: sectionsOf(blocks) };
}

function annex(sections: Map<string, Block[]>, n: 1 | 2 | 3): Block[] {
  return [...sections].find(([title]) => new RegExp(`^(Bilaga|Annex) ${n} `).test(title))![1];
}

/** Bilaga 1's rows (label → value) for the one service. */
function instructionRows(sections: Map<string, Block[]>): Map<string, string> {
  const table = annex(sections, 1).find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
  return new Map(table.rows.slice(1).map((row) => [row[0]!, row[1]!]));
}

async function updateService(r: AgreementRegister, change: Partial<z.input<typeof serviceFields>>) {
  const s = await ok(r.core, 'services.get', { id: r.backup.id });
  return ok(r.core, 'services.update', { id: s.id, revision: s.revision, fields: { ...fieldsOf(serviceFields, s), ...change } });
}

async function updateMeasure(r: AgreementRegister, code: string, change: Partial<z.input<typeof securityMeasureFields>>) {
  const m = (await ok(r.core, 'securityMeasures.list', {})).find((x) => x.code === code)!;
  return ok(r.core, 'securityMeasures.update', {
    id: m.id,
    revision: m.revision,
    fields: { ...fieldsOf(securityMeasureFields, m), ...change },
  });
}

describe('preflight before an agreement', () => {
  it('stops an agreement that cannot say who the controller is or where', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const result = await preflight(r, c.id, 'sv');
    expect(result.ok).toBe(false);
    const identity = result.items.find((i) => i.code === 'agreement.controllerIdentity')!;
    expect(identity).toMatchObject({ severity: 'error', subject: 'Alfa AB', fix: { kind: 'customer', id: c.id, field: 'orgNr' } });
    expect(identity.text).toMatch(/organisationsnummer/);
    expect(result.items.find((i) => i.code === 'agreement.controllerAddress')?.fix).toEqual({
      kind: 'customer',
      id: c.id,
      field: 'visitingAddress.street',
    });
    // In English for an English UI.
    const en = await ok(r.core, 'preflight.check', { document: 'agreement', lang: 'sv', uiLang: 'en', customerId: c.id });
    expect(en.items.find((i) => i.code === 'agreement.controllerIdentity')!.text).toMatch(/company registration number/);

    const ready = await readyCustomer(r);
    expect(await preflight(r, ready.id, 'sv')).toEqual({ items: [], ok: true });
  });

  it('stops an agreement whose security clause would point to an empty Bilaga 3', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    for (const code of ['TECH_BACKUP', 'TECH_ENC_REST', 'TECH_MFA']) await updateMeasure(r, code, { status: 'planned' });
    const result = await preflight(r, c.id, 'sv');
    expect(result.ok).toBe(false);
    expect(result.items.map((i) => i.code)).toEqual(['agreement.noMeasures']);
    expect(result.items[0]!.fix).toEqual({ kind: 'securityMeasure', id: null, field: null });
    expect(result.items[0]!.text).toMatch(/Bilaga 3/);
  });

  it('stops an agreement for a service without purpose, subject matter or data types, naming the service', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    await updateService(r, { purpose: '', subjectMatter: ' ', personalDataTermIds: [] });
    const result = await preflight(r, c.id, 'sv');
    expect(result.ok).toBe(false);
    const byCode = new Map(result.items.map((i) => [i.code, i]));
    expect(byCode.get('agreement.servicePurpose')).toMatchObject({
      severity: 'error',
      subject: 'Backup',
      fix: { kind: 'service', id: r.backup.id, field: 'purpose' },
    });
    expect(byCode.get('agreement.serviceSubjectMatter')?.fix?.field).toBe('subjectMatter');
    expect(byCode.get('agreement.servicePersonalData')?.fix?.field).toBe('personalDataTermIds');
  });

  it('lists each English variant an English agreement would lack, as warnings, and none for Swedish', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    await updateMeasure(r, 'TECH_BACKUP', { note: 'Varje natt till ett annat datacenter' });
    const en = await preflight(r, c.id, 'en');
    expect(en.ok).toBe(true);
    const missing = en.items.filter((i) => i.code === 'agreement.englishMissing');
    expect(missing.every((i) => i.severity === 'warning')).toBe(true);
    expect(missing.map((i) => i.fix!.field).sort()).toEqual(['noteEn', 'purposeEn', 'subjectMatterEn']);
    expect(missing.find((i) => i.fix!.field === 'subjectMatterEn')).toMatchObject({
      subject: 'Backup',
      fix: { kind: 'service', id: r.backup.id },
    });
    expect((await preflight(r, c.id, 'sv')).items).toEqual([]);

    await updateService(r, { subjectMatterEn: 'Backup of the customer’s servers', purposeEn: 'To restore the customer’s data' });
    await updateMeasure(r, 'TECH_BACKUP', { noteEn: 'Every night to another data centre' });
    expect((await preflight(r, c.id, 'en')).items).toEqual([]);
  });

  it('checks every customer of a batch once per problem', async () => {
    const r = await agreementRegister();
    await r.subscribed('Alfa AB');
    await r.subscribed('Beta AB');
    await updateService(r, { purpose: '' });
    const result = await ok(r.core, 'preflight.check', { document: 'agreementBatch', lang: 'sv' });
    expect(result.items.filter((i) => i.code === 'agreement.controllerIdentity').map((i) => i.subject)).toEqual(['Alfa AB', 'Beta AB']);
    expect(result.items.filter((i) => i.code === 'agreement.servicePurpose')).toHaveLength(1);
  });
});

describe('the English agreement', () => {
  it('prints the English variants of services and measures, and marks each Swedish text standing in', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    await updateMeasure(r, 'TECH_BACKUP', { note: 'Varje natt till ett annat datacenter' });
    let doc = await read(r, (await r.generate(c.id, { lang: 'en' })).id);
    let rows = instructionRows(doc.sections);
    expect(rows.get('Subject matter')).toBe('Säkerhetskopiering av kundens servrar och Microsoft 365 [sv]');
    expect(rows.get('Purpose')).toBe('Att kunna återställa kundens data efter fel, misstag eller angrepp [sv]');
    expect(sectionText(annex(doc.sections, 3))).toContain('Varje natt till ett annat datacenter [sv]');

    await updateService(r, { subjectMatterEn: 'Backup of the customer’s servers', purposeEn: 'To restore the customer’s data' });
    await updateMeasure(r, 'TECH_BACKUP', { noteEn: 'Every night to another data centre' });
    doc = await read(r, (await r.generate(c.id, { lang: 'en' })).id);
    rows = instructionRows(doc.sections);
    expect(rows.get('Subject matter')).toBe('Backup of the customer’s servers');
    expect(rows.get('Purpose')).toBe('To restore the customer’s data');
    expect(sectionText(annex(doc.sections, 3))).toContain('Every night to another data centre');
    expect(doc.text).not.toContain('[sv]');

    // The Swedish agreement keeps the Swedish texts, unmarked.
    const sv = await read(r, (await r.generate(c.id, { lang: 'sv' })).id);
    expect(instructionRows(sv.sections).get('Föremål för behandlingen')).toBe('Säkerhetskopiering av kundens servrar och Microsoft 365');
    expect(sv.text).not.toContain('[sv]');
  });

  it('marks a clause of the firm’s own that has no English text, and the preflight names it', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    await ok(r.core, 'agreementTemplate.saveClause', {
      fields: { titleSv: 'Särskilda villkor', bodySv: 'Parterna har kommit överens om detta.', titleEn: '', bodyEn: '' },
    });
    const doc = await read(r, (await r.generate(c.id, { lang: 'en' })).id);
    expect([...doc.sections.keys()]).toContain('Särskilda villkor [sv]');
    const warning = (await preflight(r, c.id, 'en')).items.find((i) => i.fix?.kind === 'agreementTemplate')!;
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'agreement.englishMissing',
      fix: { id: null, field: 'clauses.16.titleEn' },
    });
  });
});

describe('the parties and Bilaga 2', () => {
  it('prints a sole trader with the personnummer in full, labelled as such', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    await ok(r.core, 'customers.update', {
      id: c.id,
      revision: c.revision,
      fields: { ...fieldsOf(customerFields, c), legalForm: 'sole_trader', orgNr: PERSONNUMMER },
    });
    let doc = await read(r, (await r.generate(c.id)).id);
    let parties = doc.blocks.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(parties.rows[2]).toEqual(['Organisationsnummer eller personnummer', `${PERSONNUMMER} (personnummer)`, '556677-8899']);

    const org = await ok(r.core, 'organisation.get', {});
    await ok(r.core, 'organisation.update', { ...org, legalForm: 'sole_trader', orgNr: withCheckDigit('750505234') });
    doc = await read(r, (await r.generate(c.id, { lang: 'en' })).id);
    parties = doc.blocks.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(parties.rows[2]).toEqual(['Personal identity number', PERSONNUMMER, withCheckDigit('750505234')]);
  });

  it('says the services in brackets are the processor’s, uses the glossary’s orgnr label and prints regions', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    const de = await ok(r.core, 'subprocessors.get', { id: r.de.id });
    await ok(r.core, 'subprocessors.update', {
      id: de.id,
      revision: de.revision,
      fields: { ...fieldsOf(subprocessorFields, de), country: '', locationKind: 'region', regionName: 'Norden', regionInEea: true },
    });
    for (const lang of ['sv', 'en'] as const) {
      const doc = await read(r, (await r.generate(c.id, { lang })).id);
      const text = sectionText(annex(doc.sections, 2));
      const table = annex(doc.sections, 2).find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
      const row = table.rows.find((x) => x[0]!.startsWith('Sicherung GmbH'))!;
      expect(row[2]).toBe('Norden');
      if (lang === 'sv') {
        expect(text).toContain('de av personuppgiftsbiträdets tjänster som underbiträdet medverkar i');
        expect(text).not.toContain('personuppgiftsansvariges tjänster');
        expect(table.rows[0]![0]).toBe('Underbiträde och organisationsnummer');
      } else {
        expect(text).toContain("The processor's services that each sub-processor takes part in");
        expect(table.rows[0]![0]).toBe('Sub-processor and company registration number');
      }
    }
  });
});

describe('the same version in the other language', () => {
  it('is stored beside the version with its own SHA-256, saved byte for byte, and made only once', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    const v1 = await r.generate(c.id);
    expect(v1.variants).toEqual([]);
    const withEn = await ok(r.core, 'agreements.addLanguage', { id: v1.id, lang: 'en' });
    expect(withEn.version).toBe(1);
    expect(withEn.documentSha256).toBe(v1.documentSha256);
    expect(withEn.variants).toHaveLength(1);
    const variant = withEn.variants[0]!;
    expect(variant.lang).toBe('en');
    expect(variant.sha256).not.toBe(v1.documentSha256);
    // No new version number.
    expect((await ok(r.core, 'agreements.list', { customerId: c.id })).map((a) => a.version)).toEqual([1]);

    const en = await read(r, v1.id, 'en');
    expect(sha256(en.data)).toBe(variant.sha256);
    expect(en.text).toContain('Data processing agreement');
    const own = await read(r, v1.id, 'sv');
    expect(sha256(own.data)).toBe(v1.documentSha256);
    // The same version, date and reference in both.
    const footer = (data: Buffer) => docxParts(data).then((p) => textOf(p.get('word/footer1.xml')!));
    expect(await footer(en.data)).toContain(`Agreement ${v1.reference} · version 1`);
    expect(await footer(own.data)).toContain(`Avtal ${v1.reference} · version 1`);

    // Asked again: the stored snapshot, not a new one.
    const again = await ok(r.core, 'agreements.addLanguage', { id: v1.id, lang: 'en' });
    expect(again.variants).toEqual(withEn.variants);
    expect(firstIssue(await call(r.core, 'agreements.addLanguage', { id: v1.id, lang: 'sv' }))).toBe(
      'lang: v.agreement.variantSameLanguage',
    );

    // A variant that does not exist is not found.
    const v2 = await r.generate(c.id);
    const missing = await call(r.core, 'agreements.saveDocument', { id: v2.id, lang: 'en', path: path.join(r.dir, 'x.docx') });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
  });

  it('is refused once the register or the template has moved on from the version', async () => {
    const r = await agreementRegister();
    const c = await readyCustomer(r);
    const v1 = await r.generate(c.id);
    await updateService(r, { purpose: 'Ett nytt ändamål' });
    expect(firstIssue(await call(r.core, 'agreements.addLanguage', { id: v1.id, lang: 'en' }))).toBe('id: v.agreement.variantOutOfDate');

    const v2 = await r.generate(c.id);
    await ok(r.core, 'agreementTemplate.saveClause', { fields: { titleSv: 'Egen', bodySv: 'Text.', titleEn: 'Own', bodyEn: 'Text.' } });
    expect(firstIssue(await call(r.core, 'agreements.addLanguage', { id: v2.id, lang: 'en' }))).toBe(
      'id: v.agreement.variantTemplateChanged',
    );
    expect((await ok(r.core, 'agreements.get', { id: v2.id })).variants).toEqual([]);
  });
});
