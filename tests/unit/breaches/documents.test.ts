// The breach documents (issue 16 §4): every Art. 33(3) item in the customer notice and (b)–(d) in
// the notice to data subjects, in both languages, read back from word/document.xml; a customer's
// notice names only its own sites and devices; the IMY draft says it is a draft and asks its
// questions in the form's order; what the log does not hold is said to be not known, never made
// up; hostile text still valid files; golden document.xml; the save port; the preflight.
import fs from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { breachDocumentWords, longDate, wallClock } from '../../../electron/core/breaches/breach-documents.words';
import { breachCustomerNoticeDocx } from '../../../electron/core/documents/breach-customer-notice.docx';
import { breachImyDraftDocx } from '../../../electron/core/documents/breach-imy-draft.docx';
import {
  buildCustomerNoticeView,
  buildImyDraftView,
  buildSubjectNoticeView,
  type BreachDocFacts,
  type BreachDocView,
  type CustomerNoticeFacts,
} from '../../../electron/core/documents/breach-notice.model';
import { breachSubjectNoticeDocx } from '../../../electron/core/documents/breach-subject-notice.docx';
import { emptyBreach, type Breach, type BreachFields } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { assertValidParts, bodyBlocks, docxParts, textOf } from '../agreements/document-fixture';
import { agreementRegister } from '../agreements/fixture';
import { addDevice, addSite, customerInput } from '../purge/fixtures';
import { call, coreWithRegister, ok, tempDir } from '../helpers';

const HOSTILE = 'Ctl\u0000\u0007\u001f <w:p>&amp; "citat" \uFFFE\uD800 🙂 \u202Eרשת\r\nny rad';

const FIELDS: Breach['fields'] = {
  ...emptyBreach,
  title: 'Stulen bärbar dator',
  ourRole: 'processor',
  discoveredAt: '2026-03-14T08:30:00.000Z',
  occurredFrom: '2026-03-13T17:00:00.000Z',
  occurredTo: null,
  endedAt: null,
  breachTypes: ['confidentiality'],
  cause: 'lost_stolen_device',
  description: 'En bärbar dator stals ur en bil utanför kliniken. Datorn hade journalutdrag sparade lokalt.',
  subjectTermIds: [1],
  dataTermIds: [2],
  approxSubjects: 40,
  approxRecords: 1200,
  specialCategories: true,
  likelyConsequences: 'Obehöriga kan ta del av uppgifter om patienternas hälsa.',
  risk: 'high_risk',
  riskRationale: 'Hälsouppgifter och ingen kryptering av disken.',
  measuresTaken: 'Datorn är spärrad i vår MDM och kontots lösenord är bytt.',
  measuresPlanned: 'Diskkryptering på alla bärbara datorer före april.',
  imyDelayReason: '',
  supplements: [],
  otherReports: [{ authority: 'police', at: '2026-03-14T10:00:00.000Z', reference: 'K-123', note: '' }],
  closedOn: null,
};

const ORG: BreachDocFacts['organisation'] = {
  name: 'IT-Partner AB',
  legalForm: 'company',
  orgNr: '556677-8899',
  address: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: 'Sverige' },
  email: 'info@itpartner.se',
  phone: '021-10 20 30',
  website: 'itpartner.se',
  dpo: { name: 'Dana Dataskydd', email: 'dpo@itpartner.se', phone: '021-10 20 31' },
};

function facts(lang: Language, patch: Partial<Breach['fields']> = {}): BreachDocFacts {
  return {
    lang,
    generatedAt: '2026-03-15T09:00:00.000Z',
    date: '2026-03-15',
    organisation: ORG,
    logo: null,
    breach: {
      id: 7,
      imy: { state: 'running', deadline: '2026-03-17T08:30:00.000Z', minutesLeft: 60, hoursToNotice: null },
      fields: { ...FIELDS, ...patch },
      services: [
        { id: 1, name: 'Backup' },
        { id: 2, name: 'Journalsystem drift' },
      ],
      systems: [{ id: 1, name: 'MDM' }],
      sites: [
        { id: 1, name: 'Ängshagen', customerId: 10, customerName: 'Klinik AB' },
        { id: 2, name: 'Lagret Norr', customerId: 11, customerName: 'Annan Kund AB' },
      ],
      equipment: [
        { id: 1, name: 'Laptop LT-12', customerId: 10, customerName: 'Klinik AB', siteName: 'Ängshagen' },
        { id: 2, name: 'Server SRV-9', customerId: 11, customerName: 'Annan Kund AB', siteName: 'Lagret Norr' },
      ],
    },
    subjectTerms: [lang === 'sv' ? 'Patienter' : 'Patients'],
    dataTerms: [lang === 'sv' ? 'Hälsouppgifter' : 'Health data'],
  };
}

function customerFacts(lang: Language, patch: Partial<Breach['fields']> = {}): CustomerNoticeFacts {
  return {
    ...facts(lang, patch),
    customer: {
      id: 10,
      name: 'Klinik AB',
      visitingAddress: { street: 'Vårdvägen 2', postalCode: '733 30', city: 'Sala', country: '' },
      invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
      invoiceSameAsVisiting: true,
      dpo: { name: 'Eva Bergström', email: 'eva@klinik.se', phone: '' },
      contactPersons: [],
    },
    agreement: { reference: 'PUB-0012' },
    services: ['Backup'],
  };
}

async function documentXml(doc: Parameters<typeof Packer.toBuffer>[0]): Promise<string> {
  const parts = await docxParts(await Packer.toBuffer(doc));
  assertValidParts(parts);
  return parts.get('word/document.xml')!;
}

const render = (view: BreachDocView) =>
  view.kind === 'customerNotice'
    ? breachCustomerNoticeDocx(view)
    : view.kind === 'imyDraft'
      ? breachImyDraftDocx(view)
      : breachSubjectNoticeDocx(view);

/** The document's text read back from word/document.xml, one paragraph or table row a line. */
async function documentText(view: BreachDocView): Promise<string> {
  const blocks = bodyBlocks(await documentXml(render(view)));
  return blocks.map((b) => (b.kind === 'p' ? b.text : b.rows.map((r) => r.join(' | ')).join('\n'))).join('\n');
}

/** The Heading 2 sections of a document with their text. */
async function sections(view: BreachDocView): Promise<Map<string, string>> {
  const blocks = bodyBlocks(await documentXml(render(view)));
  const out = new Map<string, string>();
  let current: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'p' && b.style === 'Heading2') {
      current = b.text;
      out.set(current, '');
    } else if (current !== null) {
      out.set(current, `${out.get(current)}\n${b.kind === 'p' ? b.text : b.rows.map((r) => r.join(' | ')).join('\n')}`);
    }
  }
  return out;
}

describe('wall clock', () => {
  it('prints Stockholm time in each language, across the DST change', () => {
    expect(wallClock('2026-03-14T08:30:00.000Z', 'sv')).toBe('14 mars 2026 kl. 09.30');
    expect(wallClock('2026-03-14T08:30:00.000Z', 'en')).toBe('14 March 2026, 09:30');
    // After the change to summer time (29 March 2026) Stockholm is UTC+2.
    expect(wallClock('2026-03-30T08:30:00.000Z', 'sv')).toBe('30 mars 2026 kl. 10.30');
    expect(longDate('2026-11-22', 'en')).toBe('22 November 2026');
  });
});

describe('customer notice (Art. 33(2), 33(3))', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`holds every item of Art. 33(3) in ${lang}`, async () => {
      const w = breachDocumentWords[lang];
      const view = buildCustomerNoticeView(customerFacts(lang));
      const text = await documentText(view);
      const s = await sections(view);
      // Addressed to the customer, under its agreement, and when we became aware.
      expect(text).toContain('Klinik AB');
      expect(text).toContain(`${w.attention} Eva Bergström`);
      expect(text).toContain('PUB-0012');
      expect(text).toContain(w.customer.aware(wallClock(FIELDS.discoveredAt, lang)));
      expect(text).toContain(w.customer.phases);
      // (a) nature: description, type, categories and approximate numbers.
      const nature = s.get(w.customer.natureHeading)!;
      expect(nature).toContain(FIELDS.description);
      expect(nature).toContain(lang === 'sv' ? 'Konfidentialitet' : 'Confidentiality');
      expect(nature).toContain(lang === 'sv' ? 'Patienter' : 'Patients');
      expect(nature).toContain(lang === 'sv' ? 'Hälsouppgifter' : 'Health data');
      expect(nature).toContain(w.about(w.number(40)));
      expect(nature).toContain(w.about(w.number(1200)));
      expect(nature).toContain(w.fact.specialYes);
      // (b) contact point: our DPO.
      const contact = s.get(w.customer.contactHeading)!;
      expect(contact).toContain(w.dpo);
      expect(contact).toContain('dpo@itpartner.se');
      // (c) likely consequences, (d) measures taken and proposed.
      expect(s.get(w.customer.consequencesHeading)).toContain(FIELDS.likelyConsequences);
      expect(s.get(w.customer.measuresHeading)).toContain(FIELDS.measuresTaken);
      expect(s.get(w.customer.measuresHeading)).toContain(FIELDS.measuresPlanned);
    });
  }

  it('names only this customer’s sites and devices', async () => {
    const w = breachDocumentWords.sv;
    const text = await documentText(buildCustomerNoticeView(customerFacts('sv')));
    expect((await sections(buildCustomerNoticeView(customerFacts('sv')))).get(w.customer.yoursHeading)).toMatch(
      /Berörda tjänster: Backup[\s\S]*Berörda platser: Ängshagen[\s\S]*Berörda enheter: Laptop LT-12 \(Ängshagen\)/,
    );
    expect(text).not.toContain('Lagret Norr');
    expect(text).not.toContain('SRV-9');
    expect(text).not.toContain('Annan Kund');
    expect(text).not.toContain('Journalsystem drift');
  });

  it('says what the log does not hold yet is not known, and invents nothing', async () => {
    const w = breachDocumentWords.en;
    const view = buildCustomerNoticeView({
      ...customerFacts('en', {
        approxSubjects: null,
        approxRecords: null,
        occurredFrom: null,
        breachTypes: [],
        likelyConsequences: '',
        measuresTaken: '',
        measuresPlanned: '',
        specialCategories: false,
      }),
      subjectTerms: [],
      dataTerms: [],
      agreement: null,
    });
    const s = await sections(view);
    const nature = s.get(w.customer.natureHeading)!;
    for (const label of [
      w.fact.occurred,
      w.fact.ended,
      w.fact.types,
      w.fact.subjects,
      w.fact.approxSubjects,
      w.fact.data,
      w.fact.approxRecords,
    ])
      expect(nature).toContain(`${label} | ${w.notKnown}`);
    expect(nature).toContain(w.fact.specialNo);
    expect(s.get(w.customer.consequencesHeading)!.trim()).toBe(w.notKnown);
    expect(s.get(w.customer.measuresHeading)!.trim()).toBe(w.notKnown);
    const text = await documentText(view);
    expect(text).toContain(w.customer.introNoAgreement);
    expect(text).not.toMatch(/About \d/);
  });

  it('falls back to the organisation’s own contact details without a reachable DPO', async () => {
    const w = breachDocumentWords.sv;
    const view = buildCustomerNoticeView({ ...customerFacts('sv'), organisation: { ...ORG, dpo: { name: 'Dana', email: '', phone: '' } } });
    const contact = (await sections(view)).get(w.customer.contactHeading)!;
    expect(contact).toContain(w.contactPoint);
    expect(contact).toContain('info@itpartner.se');
    expect(contact).not.toContain(w.dpo);
  });
});

describe('IMY draft', () => {
  it('says on its first lines that it is a draft for the e-service, not a notification', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const blocks = bodyBlocks(await documentXml(breachImyDraftDocx(buildImyDraftView(facts(lang, { ourRole: 'controller' })))));
      const first = blocks.slice(0, 2).map((b) => (b.kind === 'p' ? b.text : ''));
      expect(first[0]).toBe(lang === 'sv' ? 'UTKAST – DETTA ÄR INTE EN ANMÄLAN.' : 'DRAFT – THIS IS NOT A NOTIFICATION.');
      expect(first[1]).toContain('e-tjanster.imy.se');
    }
  });

  it('asks the form’s questions in its order, with the register’s answers', async () => {
    const f = breachDocumentWords.sv.imy.field;
    const text = await documentText(buildImyDraftView(facts('sv', { ourRole: 'controller' })));
    const order = [
      f.name,
      f.orgNr,
      f.postalAddress,
      f.reference,
      f.contactName,
      f.contactEmail,
      f.occurred,
      f.discovered,
      f.ended,
      f.description,
      f.types,
      f.cause,
      f.subjects,
      f.approxSubjects,
      f.data,
      f.approxRecords,
      f.special,
      f.consequences,
      f.risk,
      f.rationale,
      f.measuresTaken,
      f.measuresPlanned,
      f.willInform,
      f.otherReports,
      f.supplements,
    ];
    const at = order.map((label) => text.indexOf(`${label} |`));
    expect(
      at.every((i) => i >= 0),
      order.filter((_, i) => at[i]! < 0).join(', '),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(`${f.name} | IT-Partner AB`);
    expect(text).toContain(`${f.discovered} | 14 mars 2026 kl. 09.30`);
    expect(text).toContain(`${f.risk} | Hög risk`);
    expect(text).toContain(`${f.contactEmail} | dpo@itpartner.se`);
    expect(text).toContain('Polisen, 14 mars 2026 kl. 11.00, ärende K-123');
    // Inside 72 hours no delay question is put.
    expect(text).not.toContain(f.delay);
  });

  it('gives the reasons for a delay over 72 hours, or says they are missing', async () => {
    const f = breachDocumentWords.en.imy.field;
    const late = facts('en', { ourRole: 'controller' });
    late.breach = { ...late.breach, imy: { ...late.breach.imy, state: 'overdue' } };
    expect(await documentText(buildImyDraftView(late))).toContain(`${f.delay} | ${f.delayMissing}`);
    late.breach = { ...late.breach, fields: { ...late.breach.fields, imyDelayReason: 'Waited for the forensic report.' } };
    expect(await documentText(buildImyDraftView(late))).toContain(`${f.delay} | Waited for the forensic report.`);
  });

  it('answers the data-subject question from what the log holds', async () => {
    const f = breachDocumentWords.sv.imy.field;
    const exempt = await documentText(buildImyDraftView(facts('sv', { ourRole: 'controller', subjectsExemption: 'encrypted' })));
    expect(exempt).toContain(`${f.notInform} | Uppgifterna var oläsbara`);
    const informed = await documentText(
      buildImyDraftView(facts('sv', { ourRole: 'controller', subjectsInformedAt: '2026-03-15T07:00:00.000Z', subjectsMethod: 'Brev' })),
    );
    expect(informed).toContain(`${f.informedAt} | 15 mars 2026 kl. 08.00`);
    expect(informed).toContain(`${f.informedHow} | Brev`);
    const low = await documentText(buildImyDraftView(facts('sv', { ourRole: 'controller', risk: 'risk' })));
    expect(low).toContain(`${f.notInform} | ${f.notRequired}`);
  });

  it('leaves the registration number empty for a sole trader (it is a personnummer)', async () => {
    const f = breachDocumentWords.sv.imy.field;
    const view = buildImyDraftView({
      ...facts('sv', { ourRole: 'controller' }),
      organisation: { ...ORG, legalForm: 'sole_trader', orgNr: '750505-2345' },
    });
    const text = await documentText(view);
    expect(text).toContain(`${f.orgNr} | ${f.soleTrader}`);
    expect(text).not.toContain('750505');
  });
});

describe('notice to data subjects (Art. 34)', () => {
  for (const lang of ['sv', 'en'] as const) {
    it(`holds Art. 33(3)(b)–(d), what happened and advice in ${lang}`, async () => {
      const w = breachDocumentWords[lang];
      const s = await sections(buildSubjectNoticeView(facts(lang, { ourRole: 'controller' })));
      expect(s.get(w.subject.happenedHeading)).toContain(FIELDS.description);
      expect(s.get(w.subject.happenedHeading)).toContain(w.subject.happened(longDate(FIELDS.discoveredAt, lang)));
      expect(s.get(w.subject.happenedHeading)).toContain(lang === 'sv' ? 'Hälsouppgifter' : 'Health data');
      // (b) contact point, (c) likely consequences, (d) measures.
      expect(s.get(w.subject.contactHeading)).toContain('dpo@itpartner.se');
      expect(s.get(w.subject.consequencesHeading)).toContain(FIELDS.likelyConsequences);
      expect(s.get(w.subject.measuresHeading)).toContain(FIELDS.measuresTaken);
      expect(s.get(w.subject.measuresHeading)).toContain(FIELDS.measuresPlanned);
      const advice = s.get(w.subject.adviceHeading)!;
      expect(advice).toContain(w.subject.adviceConfidentiality);
      expect(advice).toContain(w.subject.adviceComplaint);
      // The stolen laptop was not a password breach.
      expect(advice).not.toContain(w.subject.advicePasswords);
    });
  }
});

describe('hostile text and golden documents', () => {
  it('still gives valid files for hostile text in every field', async () => {
    const patch = {
      title: HOSTILE,
      description: HOSTILE,
      likelyConsequences: HOSTILE,
      measuresTaken: HOSTILE,
      measuresPlanned: HOSTILE,
      riskRationale: HOSTILE,
      imyDelayReason: HOSTILE,
      supplements: [{ at: '2026-03-15T08:00:00.000Z', summary: HOSTILE }],
      otherReports: [{ authority: 'other' as const, at: '2026-03-15T08:00:00.000Z', reference: HOSTILE, note: HOSTILE }],
    };
    const hostile = (f: BreachDocFacts): BreachDocFacts => ({
      ...f,
      organisation: { ...ORG, name: HOSTILE, dpo: { name: HOSTILE, email: HOSTILE, phone: '' } },
      subjectTerms: [HOSTILE],
      dataTerms: [HOSTILE],
    });
    for (const lang of ['sv', 'en'] as const) {
      const c = customerFacts(lang, patch);
      await documentXml(
        breachCustomerNoticeDocx(buildCustomerNoticeView({ ...c, ...hostile(c), customer: { ...c.customer, name: HOSTILE } })),
      );
      await documentXml(breachImyDraftDocx(buildImyDraftView(hostile(facts(lang, { ...patch, ourRole: 'controller' })))));
      await documentXml(breachSubjectNoticeDocx(buildSubjectNoticeView(hostile(facts(lang, { ...patch, ourRole: 'controller' })))));
    }
  });

  const golden = (xml: string) =>
    xml.replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="0"').replace(/(<\/w:p>|<\/w:tr>|<w:tbl>|<\/w:tbl>|<w:body>)/g, '$1\n');

  it('matches the golden document.xml of each document', async () => {
    await expect(golden(await documentXml(breachCustomerNoticeDocx(buildCustomerNoticeView(customerFacts('sv')))))).toMatchFileSnapshot(
      './__snapshots__/breach-customer-notice.sv.document.xml',
    );
    await expect(
      golden(await documentXml(breachImyDraftDocx(buildImyDraftView(facts('sv', { ourRole: 'controller' }))))),
    ).toMatchFileSnapshot('./__snapshots__/breach-imy-draft.sv.document.xml');
    await expect(
      golden(await documentXml(breachSubjectNoticeDocx(buildSubjectNoticeView(facts('en', { ourRole: 'controller' }))))),
    ).toMatchFileSnapshot('./__snapshots__/breach-subject-notice.en.document.xml');
  });
});

// ——— Through the core: the register's breach, the save port, the preflight ———

async function breachRegister() {
  const { core, dir } = await coreWithRegister();
  const org = await ok(core, 'organisation.get', {});
  const { logo: _logo, updatedAt: _u, complete: _c, ...orgFields } = org;
  await ok(core, 'organisation.update', {
    ...orgFields,
    name: 'IT-Partner AB',
    orgNr: '5566778899',
    address: ORG.address,
    email: ORG.email,
    dpo: ORG.dpo,
  });
  const klinik = await ok(core, 'customers.create', customerInput('Klinik AB'));
  const other = await ok(core, 'customers.create', customerInput('Annan Kund AB'));
  const site = await addSite(core, klinik.id, 'Ängshagen');
  const device = await addDevice(core, klinik.id, site.id, { type: 'pc', make: 'Lenovo', model: 'T14', hostname: 'LT-12' });
  const otherSite = await addSite(core, other.id, 'Lagret Norr');
  const base: BreachFields = {
    ...emptyBreach,
    ...FIELDS,
    subjectTermIds: [],
    dataTermIds: [],
    supplements: [],
    otherReports: [],
  };
  const processor = await ok(core, 'breaches.create', { ...base, equipmentIds: [device.id], siteIds: [otherSite.id] });
  const controller = await ok(core, 'breaches.create', {
    ...base,
    title: 'Felskickat mejl',
    ourRole: 'controller',
    cause: 'misdirected_email',
  });
  return { core, dir, klinik, other, device, processor, controller };
}

async function readBack(file: string): Promise<string> {
  const parts = await docxParts(fs.readFileSync(file));
  assertValidParts(parts);
  return textOf(parts.get('word/document.xml')!);
}

async function codes(
  core: Core,
  input: { breachId?: number; breachDocument?: 'customerNotice' | 'imyDraft' | 'subjectNotice'; customerId?: number; lang?: Language },
) {
  const result = await ok(core, 'preflight.check', { document: 'breachDocument', lang: input.lang ?? 'sv', ...input });
  return result.items.map((i) => `${i.severity}:${i.code}`);
}

describe('through the core', () => {
  it('writes a customer’s notice to the given path, naming only what is its own', async () => {
    const r = await breachRegister();
    const target = path.join(tempDir(), 'notice.docx');
    const saved = await ok(r.core, 'breaches.document', {
      id: r.processor.id,
      document: 'customerNotice',
      customerId: r.klinik.id,
      path: target,
    });
    expect(saved?.path).toBe(target);
    expect(saved?.bytes).toBe(fs.statSync(target).size);
    const text = await readBack(target);
    expect(text).toContain('Klinik AB');
    expect(text).toContain('LT-12');
    expect(text).not.toContain('Lagret Norr');
    expect(text).toContain('Dana Dataskydd');
  });

  it('refuses a notice for a customer the breach does not affect, and documents of the other role', async () => {
    const r = await breachRegister();
    const customers = r.processor.customers.map((c) => c.customerId);
    const outsider = await ok(r.core, 'customers.create', customerInput('Utomstående AB'));
    expect(customers).not.toContain(outsider.id);
    const refused = async (input: Parameters<typeof call<'breaches.document'>>[2]) => {
      const result = await call(r.core, 'breaches.document', input);
      if (result.ok) throw new Error('expected a refusal');
      return result.error.issues?.map((i) => `${i.path.join('.')}:${i.message}`);
    };
    expect(await refused({ id: r.processor.id, document: 'customerNotice', customerId: outsider.id })).toEqual([
      'customerId:v.breach.notAffected',
    ]);
    expect(await refused({ id: r.processor.id, document: 'customerNotice' })).toEqual(['customerId:v.breach.customerRequired']);
    expect(await refused({ id: r.processor.id, document: 'imyDraft' })).toEqual(['document:v.breach.notController']);
    expect(await refused({ id: r.controller.id, document: 'customerNotice', customerId: r.klinik.id })).toEqual([
      'document:v.breach.notProcessor',
    ]);
  });

  it('writes a notice in the language of the customer’s signed agreement, naming its services and agreement', async () => {
    const r = await agreementRegister();
    const customer = await r.subscribed('Foreign Ltd');
    const agreement = await r.generate(customer.id, { lang: 'en' });
    await ok(r.core, 'agreements.setStatus', { id: agreement.id, revision: agreement.revision, status: 'signed', on: '2026-11-20' });
    const breach = await ok(r.core, 'breaches.create', {
      ...emptyBreach,
      ...FIELDS,
      subjectTermIds: [],
      dataTermIds: [],
      otherReports: [],
      serviceIds: [r.backup.id],
    });
    const affected = breach.customers.find((c) => c.customerId === customer.id)!;
    expect(affected.lang).toBe('en');
    const target = path.join(tempDir(), 'foreign.docx');
    await ok(r.core, 'breaches.document', { id: breach.id, document: 'customerNotice', customerId: customer.id, path: target });
    const text = await readBack(target);
    expect(text).toContain('Notice of a personal data breach: Stulen bärbar dator');
    expect(text).toContain(`data processing agreement ${affected.agreement!.reference}`);
    expect(text).toContain(`Services concerned: ${r.backup.name}`);
    // The log's own texts are quoted as written.
    expect(text).toContain(FIELDS.description);
    // Asked for in Swedish, it is Swedish.
    await ok(r.core, 'breaches.document', { id: breach.id, document: 'customerNotice', customerId: customer.id, lang: 'sv', path: target });
    expect(await readBack(target)).toContain('Underrättelse om personuppgiftsincident');
  });

  it('writes every affected customer’s notice into one folder, by customer name', async () => {
    const r = await breachRegister();
    const folder = tempDir();
    const result = await ok(r.core, 'breaches.customerNotices', { id: r.processor.id, folder });
    expect(result?.folder).toBe(folder);
    const names = result!.files.map((f) => path.basename(f)).sort();
    expect(names).toEqual(r.processor.customers.map((c) => `Incidentunderrättelse ${c.name} 2026-11-22.docx`).sort());
    for (const file of result!.files) await readBack(file);
    // Without a folder or dialog: Export/Incidentunderrättelser <title> <date>.
    const fallback = await ok(r.core, 'breaches.customerNotices', { id: r.processor.id });
    expect(path.relative(r.dir, fallback!.folder)).toBe(path.join('Export', 'Incidentunderrättelser Stulen bärbar dator 2026-11-22'));
  });

  it('writes the IMY draft and the notice to data subjects of a controller breach', async () => {
    const r = await breachRegister();
    const draft = await ok(r.core, 'breaches.document', { id: r.controller.id, document: 'imyDraft' });
    expect(path.basename(draft!.path)).toBe('Utkast IMY-anmälan Felskickat mejl 2026-11-22.docx');
    expect(await readBack(draft!.path)).toMatch(/^UTKAST – DETTA ÄR INTE EN ANMÄLAN\./);
    const notice = await ok(r.core, 'breaches.document', { id: r.controller.id, document: 'subjectNotice', lang: 'en' });
    expect(await readBack(notice!.path)).toContain('Information about a personal data breach that concerns you');
  });

  it('lists what the preflight finds, errors where the document would say nothing true', async () => {
    const r = await breachRegister();
    expect(await codes(r.core, { breachId: 99999, breachDocument: 'imyDraft' })).toEqual(['error:breach.notFound']);
    expect(await codes(r.core, { breachId: r.processor.id, breachDocument: 'imyDraft' })).toEqual(['error:breach.notController']);
    expect(await codes(r.core, { breachId: r.controller.id, breachDocument: 'customerNotice' })).toEqual(['error:breach.notProcessor']);
    expect(await codes(r.core, { breachId: r.processor.id, breachDocument: 'customerNotice' })).toContain('error:breach.noCustomer');
    const outsider = await ok(r.core, 'customers.create', customerInput('Utomstående AB'));
    expect(await codes(r.core, { breachId: r.processor.id, breachDocument: 'customerNotice', customerId: outsider.id })).toContain(
      'error:breach.customerNotAffected',
    );
    // The full record: only the categories (no terms chosen here) are not known yet.
    expect(await codes(r.core, { breachId: r.processor.id, breachDocument: 'customerNotice', customerId: r.klinik.id })).toEqual([
      'warning:breach.categoriesUnknown',
      'warning:breach.categoriesUnknown',
    ]);
    expect(
      await codes(r.core, { breachId: r.processor.id, breachDocument: 'customerNotice', customerId: r.klinik.id, lang: 'en' }),
    ).toContain('warning:breach.quotedAsWritten');

    // An empty controller breach, and a profile without contact details.
    const org = await ok(r.core, 'organisation.get', {});
    const { logo: _logo, updatedAt: _u, complete: _c, ...orgFields } = org;
    await ok(r.core, 'organisation.update', { ...orgFields, email: '', phone: '', dpo: { name: 'Dana', email: '', phone: '' } });
    const empty = await ok(r.core, 'breaches.create', {
      ...emptyBreach,
      title: 'Tom',
      discoveredAt: '2026-11-18T08:00:00.000Z',
      risk: 'risk',
      riskRationale: 'Liten',
    });
    const subject = await ok(r.core, 'preflight.check', {
      document: 'breachDocument',
      lang: 'sv',
      uiLang: 'en',
      breachId: empty.id,
      breachDocument: 'subjectNotice',
    });
    expect(subject.ok).toBe(false);
    expect(subject.items.map((i) => `${i.severity}:${i.code}`)).toEqual([
      'error:breach.noDescription',
      'error:breach.noContact',
      'error:breach.noConsequences',
      'error:breach.noMeasures',
      'warning:breach.notHighRisk',
    ]);
    expect(subject.items.find((i) => i.code === 'breach.noContact')!.fix).toEqual({ kind: 'organisation', id: null, field: 'dpo.email' });
    expect(subject.items.find((i) => i.code === 'breach.noMeasures')!.fix).toEqual({
      kind: 'breach',
      id: empty.id,
      field: 'measuresTaken',
    });
    expect(subject.items[0]!.text).toMatch(/^There is no description/);
    const draft = await codes(r.core, { breachId: empty.id, breachDocument: 'imyDraft' });
    expect(draft).toEqual(
      expect.arrayContaining(['warning:breach.numbersUnknown', 'warning:breach.noConsequences', 'warning:breach.delayReasonMissing']),
    );
    expect(draft).not.toContain('warning:breach.riskNotAssessed');
  });
});
