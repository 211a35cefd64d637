// The PUB-avtal DOCX for a customer of the sample register, read back: every Art. 28(3) element
// in both languages, annexes that match the register, Word structure, a golden document.xml and
// (where LibreOffice is installed) a PDF conversion.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessorEntry, Subprocessor } from '../../../shared/contract';
import { countryName, enumLabel } from '../../../shared/domain/labels';
import { renderAgreement } from '../../../electron/core/agreements/agreement.view';
import { inLanguage } from '../../../electron/core/documents/language';
import { createCore, type Core } from '../../../electron/core/core';
import type { Session } from '../../../electron/core/session';
import { memorySettings } from '../../../electron/core/settings/settings-stores';
import { FIXED_NOW, ok } from '../helpers';
import {
  bodyBlocks,
  convertWithLibreOffice,
  docxParts,
  fixedOptions,
  sectionsOf,
  sectionText,
  sessionOn,
  soffice,
  textOf,
  type Block,
} from './document-fixture';

type Lang = 'sv' | 'en';
interface Rendered {
  data: Buffer;
  basisHash: string;
  parts: Map<string, string>;
  xml: string;
  text: string;
  blocks: Block[];
  sections: Map<string, Block[]>;
}

let dir: string;
let core: Core;
let session: Session;
let customerId: number;
let entries: ProcessorEntry[];
const rendered = {} as Record<Lang, Rendered>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-agreement-'));
  core = createCore({
    host: 'test',
    version: '0.0.0-test',
    dataFolder: dir,
    settings: memorySettings(),
    clock: { now: () => FIXED_NOW },
    validateOutputs: true,
    logError: () => {},
  });
  const file = path.join(dir, 'sample.forteckna');
  await ok(core, 'register.openSample', { path: file });
  const customers = await ok(core, 'customers.list', { query: 'Mälardalens Tandvård' });
  customerId = customers.items[0]!.id;
  entries = (await ok(core, 'processorRegister.list', { customerId })).entries;
  session = sessionOn(file);
  for (const lang of ['sv', 'en'] as const) {
    const { data, basisHash } = await renderAgreement(session, fixedOptions(customerId, lang));
    const parts = await docxParts(data);
    const xml = parts.get('word/document.xml')!;
    const blocks = bodyBlocks(xml);
    rendered[lang] = { data, basisHash, parts, xml, text: textOf(xml), blocks, sections: sectionsOf(blocks) };
  }
}, 120_000);

afterAll(() => {
  session?.close();
  core?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The text under the clause heading that matches `title` (numbering is Word's, not in the text). */
function clause(lang: Lang, title: string): string {
  const blocks = rendered[lang].sections.get(title);
  expect(blocks, `clause "${title}" in ${lang}`).toBeDefined();
  return sectionText(blocks!);
}

/** The label → value rows of Bilaga 1 for one service (the table under its Heading 2). */
function instructionRows(lang: Lang, serviceName: string, occurrence = 0): Map<string, string> {
  const annex = [...rendered[lang].sections].find(([title]) => /^(Bilaga|Annex) 1 /.test(title))![1];
  const at = annex.flatMap((b, i) => (b.kind === 'p' && b.style === 'Heading2' && b.text === serviceName ? [i] : []))[occurrence]!;
  const table = annex[at + 1] as Extract<Block, { kind: 'table' }>;
  expect(table.kind).toBe('table');
  return new Map(table.rows.slice(1).map((r) => [r[0]!, r[1]!]));
}

const SV_ROWS = {
  subjectMatter: 'Föremål för behandlingen',
  purpose: 'Ändamål',
  nature: 'Behandlingens art',
  personalData: 'Typ av personuppgifter',
  dataSubjects: 'Kategorier av registrerade',
  duration: 'Behandlingens varaktighet',
  retention: 'Lagringstid och gallring',
  end: 'Vid avtalets slut',
};
const EN_ROWS: typeof SV_ROWS = {
  subjectMatter: 'Subject matter',
  purpose: 'Purpose',
  nature: 'Nature of the processing',
  personalData: 'Types of personal data',
  dataSubjects: 'Categories of data subjects',
  duration: 'Duration of the processing',
  retention: 'Retention',
  end: 'At the end of the contract',
};
const rowLabels = (lang: Lang) => (lang === 'sv' ? SV_ROWS : EN_ROWS);
const termLabel = (lang: Lang) => (t: { labelSv: string; labelEn: string }) => inLanguage(lang, t.labelSv, t.labelEn);
const sameWords = (a: string) => a.toLowerCase();

describe.each(['sv', 'en'] as const)('Art. 28(3) first paragraph, from the register (%s)', (lang) => {
  const rows = rowLabels(lang);

  it('states the subject matter of every subscribed service', () => {
    for (const e of entries) {
      expect(instructionRows(lang, e.serviceName).get(rows.subjectMatter)).toBe(inLanguage(lang, e.subjectMatter, e.subjectMatterEn));
    }
    expect(clause(lang, lang === 'sv' ? 'Parter och bakgrund' : 'Parties and background')).toMatch(
      lang === 'sv' ? /Föremålet för behandlingen.*Bilaga 1/s : /subject matter of the processing.*Annex 1/s,
    );
  });

  it('states the duration of the processing', () => {
    for (const e of entries) {
      const duration = instructionRows(lang, e.serviceName).get(rows.duration)!;
      expect(duration).toContain(e.startDate);
      if (e.endDate) expect(duration).toContain(e.endDate);
      else
        expect(duration).toMatch(
          lang === 'sv' ? /så länge tjänsten ingår i huvudavtalet/ : /as long as the service is part of the main agreement/,
        );
    }
    expect(clause(lang, lang === 'sv' ? 'Avtalstid, ändringar och uppsägning' : 'Term, changes and termination')).toContain('2026-12-01');
  });

  it('states the nature and purpose of the processing', () => {
    for (const e of entries) {
      const r = instructionRows(lang, e.serviceName);
      expect(r.get(rows.purpose)).toBe(inLanguage(lang, e.purpose, e.purposeEn));
      for (const n of e.nature) expect(sameWords(r.get(rows.nature)!)).toContain(sameWords(enumLabel('processingOperation', n, lang)));
    }
  });

  it('states the types of personal data', () => {
    for (const e of entries) {
      const value = sameWords(instructionRows(lang, e.serviceName).get(rows.personalData)!);
      for (const t of e.personalDataCategories) expect(value).toContain(sameWords(termLabel(lang)(t)));
    }
  });

  it('states the categories of data subjects', () => {
    for (const e of entries) {
      const value = sameWords(instructionRows(lang, e.serviceName).get(rows.dataSubjects)!);
      for (const t of e.dataSubjectCategories) expect(value).toContain(sameWords(termLabel(lang)(t)));
    }
  });

  it("sets out the controller's obligations and rights", () => {
    const text = clause(
      lang,
      lang === 'sv' ? 'Den personuppgiftsansvariges skyldigheter och rättigheter' : "The controller's obligations and rights",
    );
    expect(text).toMatch(lang === 'sv' ? /ansvarar för att den är laglig/ : /responsible for its lawfulness/);
    expect(text).toMatch(lang === 'sv' ? /rätt att/ : /has the right to/);
  });
});

// Art. 28(3)(a)–(h) and the last subparagraph: each in a clause of its own, in both languages.
const COMMITMENTS: { element: string; sv: [string, RegExp[]]; en: [string, RegExp[]] }[] = [
  {
    element: '(a) documented instructions, transfers included',
    sv: [
      'Behandling enligt dokumenterade instruktioner',
      [/dokumenterade instruktioner/, /tredjeland/, /unionsrätten eller svensk rätt/, /innan behandlingen börjar/],
    ],
    en: [
      'Processing on documented instructions',
      [/documented instructions/, /third country/, /Union or Swedish law/, /before the processing starts/],
    ],
  },
  {
    element: '(a) last subparagraph: an infringing instruction is flagged',
    sv: ['Behandling enligt dokumenterade instruktioner', [/strider mot dataskyddsreglerna ska det genast informera/]],
    en: ['Processing on documented instructions', [/infringes data protection law, it shall inform the controller immediately/]],
  },
  {
    element: '(b) confidentiality',
    sv: ['Tystnadsplikt och behörighet', [/konfidentialitet/, /lagstadgad tystnadsplikt/]],
    en: ['Confidentiality and access', [/committed themselves to confidentiality/, /statutory obligation of confidentiality/]],
  },
  {
    element: '(c) security under Art. 32',
    sv: ['Säkerhet i behandlingen', [/artikel 32/, /Bilaga 3/]],
    en: ['Security of processing', [/Article 32/, /Annex 3/]],
  },
  {
    element: '(d) sub-processors: authorisation, prior notice, objection, flow-down, liability',
    sv: [
      'Underbiträden',
      [
        /allmänt skriftligt förhandstillstånd/,
        /Bilaga 2/,
        /minst 30 dagar i förväg/,
        /rätt att invända/,
        /samma skyldigheter i fråga om dataskydd/,
        /fullt ansvarigt/,
      ],
    ],
    en: [
      'Sub-processors',
      [
        /general written authorisation/,
        /Annex 2/,
        /at least 30 days in advance/,
        /right to object/,
        /same data protection obligations/,
        /fully liable/,
      ],
    ],
  },
  {
    element: 'transfers under Chapter V',
    sv: ['Överföring till tredjeland', [/kapitel V/, /standardavtalsklausuler/, /Bilaga 2/]],
    en: ['Transfers to third countries', [/Chapter V/, /standard contractual clauses/, /Annex 2/]],
  },
  {
    element: '(e) assistance with data subject rights',
    sv: ['De registrerades rättigheter', [/kapitel III/, /hjälpa den personuppgiftsansvarige/]],
    en: ["Data subjects' rights", [/Chapter III/, /help the controller/]],
  },
  {
    element: '(f) assistance with Arts 32–36, breach notice without undue delay',
    sv: [
      'Personuppgiftsincidenter och annat bistånd',
      [/utan onödigt dröjsmål/, /artiklarna 32–36/, /konsekvensbedömningar/, /samråda med tillsynsmyndigheten/, /kontaktperson/],
    ],
    en: [
      'Personal data breaches and other assistance',
      [/without undue delay/, /Articles 32 to 36/, /impact assessments/, /consulting the supervisory authority/, /contact person/],
    ],
  },
  {
    element: '(g) deletion or return at the end, copies',
    sv: ['Radering och återlämnande', [/radera eller återlämna/, /kopior/, /Bilaga 1/, /svensk rätt kräver/]],
    en: ['Deletion and return', [/delete or return/, /copies/, /Annex 1/, /Swedish law requires/]],
  },
  {
    element: '(h) information and audits, inspections',
    sv: ['Information och granskning', [/all information som behövs/, /granskningar, inklusive inspektioner/, /revisor/]],
    en: ['Information and audits', [/all information needed/, /audits, including inspections/, /auditor/]],
  },
  {
    element: 'liability',
    sv: ['Ansvar', [/artiklarna 82 och 83/]],
    en: ['Liability', [/Articles 82 and 83/]],
  },
  {
    element: 'term and termination',
    sv: ['Avtalstid, ändringar och uppsägning', [/säga upp/, /upphör/]],
    en: ['Term, changes and termination', [/terminate/, /ends/]],
  },
  {
    element: 'precedence between agreement, annexes and main agreement',
    sv: ['Avtalshandlingar och företräde', [/före bilagorna/, /företräde framför huvudavtalet/]],
    en: ['Agreement documents and precedence', [/prevails over the annexes/, /prevails over the main agreement/]],
  },
  {
    element: 'governing law: Swedish law',
    sv: ['Tillämplig lag och tvister', [/Svensk lag/, /domstol i Sverige/]],
    en: ['Governing law and disputes', [/Swedish law/, /courts of Sweden/]],
  },
];

describe('Art. 28(3)(a)–(h) and the other clauses', () => {
  it.each(COMMITMENTS)('$element: in both languages', ({ sv, en }) => {
    for (const [lang, [title, patterns]] of [
      ['sv', sv],
      ['en', en],
    ] as const) {
      const text = clause(lang, title);
      for (const p of patterns) expect(text, `${lang} ${title}`).toMatch(p);
    }
  });
});

describe('the annexes match the register', () => {
  it.each(['sv', 'en'] as const)(
    'Bilaga 1 has one table per subscribed service with its retention and end-of-contract action (%s)',
    (lang) => {
      const annex = [...rendered[lang].sections].find(([title]) => /^(Bilaga|Annex) 1 /.test(title))![1];
      const headings = annex.flatMap((b) => (b.kind === 'p' && b.style === 'Heading2' ? [b.text] : []));
      expect(headings).toEqual(entries.map((e) => e.serviceName));
      expect(annex.filter((b) => b.kind === 'table').every((t) => t.kind === 'table' && t.repeatsHeader)).toBe(true);
      for (const e of entries) {
        const r = instructionRows(lang, e.serviceName);
        expect(r.get(rowLabels(lang).end)).toBe(enumLabel('endOfContractAction', e.endOfContractAction, lang));
        expect(r.get(rowLabels(lang).retention)).toBe(
          e.retentionSummary ? e.retentionSummary[lang] : lang === 'sv' ? 'Ingen gallringsregel angiven' : 'No retention rule stated',
        );
      }
    },
  );

  it.each(['sv', 'en'] as const)('Bilaga 2 has one row per sub-processor that touches the customer (%s)', async (lang) => {
    const ids = [...new Set(entries.flatMap((e) => e.subprocessors.map((s) => s.id)))];
    const subs: Subprocessor[] = [];
    for (const id of ids) subs.push(await ok(core, 'subprocessors.get', { id }));
    const annex = [...rendered[lang].sections].find(([title]) => /^(Bilaga|Annex) 2 /.test(title))![1];
    const table = annex.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(table.repeatsHeader).toBe(true);
    const rows = table.rows.slice(1);
    expect(rows.map((r) => r[0]!.split('\n')[0]).sort()).toEqual(subs.map((s) => s.name).sort());
    for (const s of subs) {
      const row = rows.find((r) => r[0]!.split('\n')[0] === s.name)!;
      if (s.orgNr) expect(row[0]).toContain(s.orgNr);
      expect(row[1]).toContain(s.serviceDescription);
      for (const e of entries.filter((x) => x.subprocessors.some((y) => y.id === s.id))) expect(row[1]).toContain(e.serviceName);
      expect(row[2]).toBe(countryName(s.country, lang));
      // Sub-processors' own texts have no English variant: the English annex marks them as Swedish.
      expect(row[3]).toBe(s.processingLocations ? inLanguage(lang, s.processingLocations, '') : countryName(s.country, lang));
      expect(row[4]).toContain(enumLabel('transferMechanism', s.transferMechanism, lang));
    }
    // The sample's Tandvård customer reaches a US sub-processor: the transfer tool is stated.
    expect(subs.some((s) => s.thirdCountry)).toBe(true);
  });

  it.each(['sv', 'en'] as const)('Bilaga 3 lists the implemented measures linked to the services, by category (%s)', (lang) => {
    const wanted = new Map(entries.flatMap((e) => e.securityMeasures).map((m) => [m.id, inLanguage(lang, m.labelSv, m.labelEn)]));
    const annex = [...rendered[lang].sections].find(([title]) => /^(Bilaga|Annex) 3 /.test(title))![1];
    const listed = annex.flatMap((b) => (b.kind === 'table' ? b.rows.slice(1).map((r) => r[0]!) : []));
    expect(listed.sort()).toEqual([...wanted.values()].sort());
    const headings = annex.flatMap((b) => (b.kind === 'p' && b.style === 'Heading2' ? [b.text] : []));
    expect(headings[0]).toBe(enumLabel('measureCategory', 'organisational', lang));
  });
});

describe('Word structure', () => {
  it.each(['sv', 'en'] as const)(
    'has a title, a parties table, numbered clauses and paragraphs, signatures and the three annexes (%s)',
    (lang) => {
      const { blocks, parts } = rendered[lang];
      const sv = lang === 'sv';
      const title = blocks.find((b) => b.kind === 'p' && b.style === 'Title');
      expect(title).toMatchObject({ text: sv ? 'Personuppgiftsbiträdesavtal' : 'Data processing agreement' });
      const parties = blocks.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
      expect(parties.rows[0]!.slice(1)).toEqual(sv ? ['Personuppgiftsansvarig', 'Personuppgiftsbiträde'] : ['Controller', 'Processor']);
      expect(parties.rows[1]).toEqual([sv ? 'Namn' : 'Name', 'Mälardalens Tandvård AB', 'Exempel IT AB']);
      expect(parties.rows[2]![2]).toBe('556677-8899');
      expect(parties.rows[3]![2]).toContain('Stora Gatan 12, 722 12 Västerås');

      // Sixteen clauses on level 0 of the list (1., 2. …), their paragraphs on level 1 (1.1 …).
      const numberedHeadings = blocks.filter((b) => b.kind === 'p' && b.style === 'Heading1' && b.level === 0);
      expect(numberedHeadings).toHaveLength(16);
      expect(blocks.filter((b) => b.kind === 'p' && b.level === 1).length).toBeGreaterThan(40);
      const numbering = parts.get('word/numbering.xml')!;
      expect(numbering).toContain('w:val="%1."');
      expect(numbering).toContain('w:val="%1.%2"');

      const unnumbered = blocks
        .filter((b) => b.kind === 'p' && b.style === 'Heading1' && b.level === null)
        .map((b) => (b.kind === 'p' ? b.text : ''));
      expect(unnumbered).toEqual(
        sv
          ? [
              'Underskrifter',
              'Bilaga 1 Instruktion för behandling av personuppgifter',
              'Bilaga 2 Underbiträden',
              'Bilaga 3 Tekniska och organisatoriska säkerhetsåtgärder',
            ]
          : [
              'Signatures',
              'Annex 1 Instructions for the processing of personal data',
              'Annex 2 Sub-processors',
              'Annex 3 Technical and organisational security measures',
            ],
      );
      const signatures = sectionText(rendered[lang].sections.get(sv ? 'Underskrifter' : 'Signatures')!);
      for (const word of sv
        ? [
            'För den personuppgiftsansvarige',
            'För personuppgiftsbiträdet',
            'Ort och datum',
            'Underskrift',
            'Namnförtydligande',
            'Titel',
            'Västerås,',
          ]
        : ['For the controller', 'For the processor', 'Place and date', 'Signature', 'Name in print', 'Title', 'Västerås,']) {
        expect(signatures).toContain(word);
      }
      for (const person of ['Jonas Åberg', 'VD', 'Eva Bergström', 'Klinikchef', 'Mälardalens Tandvård AB', 'Exempel IT AB'])
        expect(signatures).toContain(person);
    },
  );

  it.each(['sv', 'en'] as const)(
    'has the letterhead, the agreement id and version in the footer, page numbers and the language (%s)',
    (lang) => {
      const { parts } = rendered[lang];
      const footer = textOf(parts.get('word/footer1.xml')!);
      expect(footer).toContain(lang === 'sv' ? 'Avtal PUB-0012 · version 2' : 'Agreement PUB-0012 · version 2');
      expect(footer).toMatch(lang === 'sv' ? /Sida .*PAGE.* av .*NUMPAGES/s : /Page .*PAGE.* of .*NUMPAGES/s);
      expect(textOf(parts.get('word/header1.xml')!)).toContain('Exempel IT AB');
      const styles = parts.get('word/styles.xml')!;
      expect(styles).toContain(`w:val="${lang === 'sv' ? 'sv-SE' : 'en-GB'}"`);
      for (const style of ['Title', 'Heading1', 'Heading2', 'FortecknaTable']) expect(styles).toContain(`w:styleId="${style}"`);
      expect(parts.get('docProps/core.xml')).toContain(lang === 'sv' ? 'Personuppgiftsbiträdesavtal' : 'Data processing agreement');
    },
  );

  it('leaves no placeholder unfilled and fills the customer, the services and the notice period', () => {
    for (const lang of ['sv', 'en'] as const) {
      expect(rendered[lang].text).not.toMatch(/\{\{|\}\}/);
      const background = clause(lang, lang === 'sv' ? 'Parter och bakgrund' : 'Parties and background');
      expect(background).toContain('Mälardalens Tandvård AB');
      for (const e of entries) expect(background).toContain(e.serviceName);
    }
  });

  it('gives the same document.xml for the same register and options, and the same basis in both languages', async () => {
    const again = await renderAgreement(session, fixedOptions(customerId, 'sv'));
    expect((await docxParts(again.data)).get('word/document.xml')).toBe(rendered.sv.xml);
    expect(again.basisHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rendered.en.basisHash).toBe(rendered.sv.basisHash);
  });

  it('matches the golden document.xml for the sample customer', async () => {
    // One paragraph or table row per line, so a change reads as a small diff; drawing ids (a
    // process-wide counter in docx, used only if an image ever lands in the body) normalised.
    const pretty = rendered.sv.xml
      .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="0"')
      .replace(/(<\/w:p>|<\/w:tr>|<w:tbl>|<\/w:tbl>|<w:body>)/g, '$1\n');
    await expect(pretty).toMatchFileSnapshot('./__snapshots__/agreement-sample.sv.document.xml');
  });
});

describe.skipIf(!soffice)('LibreOffice', () => {
  it('converts the agreement to a PDF with the title, clauses, annexes and page numbers', () => {
    const out = fs.mkdtempSync(path.join(dir, 'pdf-'));
    const { pdf, text } = convertWithLibreOffice(rendered.sv.data, out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (text !== null) {
      // Word's numbering is laid out by LibreOffice: "1." and "7.2" are in the PDF, not in document.xml.
      for (const words of [
        /Personuppgiftsbiträdesavtal/,
        /1\.\s+Parter och bakgrund/,
        /7\.2\s+Innan personuppgiftsbiträdet/,
        /Bilaga 2 Underbiträden/,
        /Avtal PUB-0012 · version 2/,
        /Sida 1 av 1\d/,
      ]) {
        expect(text).toMatch(words);
      }
    }
  }, 180_000);
});
