// Reading generated agreements back: unzip word/document.xml, walk its paragraphs and tables,
// check it with a strict XML parser, and (where LibreOffice is installed) convert it to PDF.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { AgreementDocumentOptions } from '../../../electron/core/agreements/agreement.view';
import { DEFAULT_CLAUSES } from '../../../electron/core/agreements/default-clauses';
import { openSession, type Session } from '../../../electron/core/session';
import { FIXED_NOW } from '../helpers';

/** Fixed options, so that two runs give the same document. */
export function fixedOptions(
  customerId: number,
  lang: 'sv' | 'en',
  extra: Partial<AgreementDocumentOptions> = {},
): AgreementDocumentOptions {
  return {
    customerId,
    lang,
    reference: 'PUB-0012',
    version: 2,
    generatedOn: '2026-11-22',
    effectiveOn: '2026-12-01',
    noticeDays: 30,
    signingPlace: 'Västerås',
    processorSignatory: { name: 'Jonas Åberg', title: 'VD' },
    controllerSignatory: { name: 'Eva Bergström', title: 'Klinikchef' },
    clauses: DEFAULT_CLAUSES,
    ...extra,
  };
}

/** A second connection to a register the test core has open (WAL allows it): renders read through it. */
export function sessionOn(file: string): Session {
  return openSession(file, { now: () => FIXED_NOW });
}

export async function docxParts(data: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of a piece of WordprocessingML: paragraphs on their own lines, line breaks kept. */
export function textOf(xml: string): string {
  return decode(
    xml
      .replace(/<\/w:p>/g, '\n')
      .replace(/<w:br\/>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<[^>]+>/g, ''),
  );
}

export type Block =
  { kind: 'p'; style: string | null; level: number | null; text: string } | { kind: 'table'; repeatsHeader: boolean; rows: string[][] };

/** The top-level paragraphs and tables of document.xml, in order. */
export function bodyBlocks(xml: string): Block[] {
  const body = xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('</w:body>'));
  const blocks: Block[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:[ >][\s\S]*?<\/w:p>|\/>)/g)) {
    const chunk = m[0];
    if (chunk.startsWith('<w:tbl>')) {
      const rows = [...chunk.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]).trim()),
      );
      blocks.push({ kind: 'table', repeatsHeader: /<w:tblHeader\/>/.test(chunk), rows });
    } else {
      const level = chunk.match(/<w:numPr><w:ilvl w:val="(\d+)"\/>/);
      blocks.push({
        kind: 'p',
        style: chunk.match(/<w:pStyle w:val="([^"]+)"\/>/)?.[1] ?? null,
        level: level ? Number(level[1]) : null,
        text: textOf(chunk).trim(),
      });
    }
  }
  return blocks;
}

/** Blocks grouped under each Heading 1 (clauses, signatures, annexes), by heading text. */
export function sectionsOf(blocks: Block[]): Map<string, Block[]> {
  const sections = new Map<string, Block[]>();
  let current: Block[] | null = null;
  for (const b of blocks) {
    if (b.kind === 'p' && b.style === 'Heading1') sections.set(b.text, (current = []));
    else current?.push(b);
  }
  return sections;
}

export const sectionText = (blocks: readonly Block[]) =>
  blocks.map((b) => (b.kind === 'p' ? b.text : b.rows.map((r) => r.join(' | ')).join('\n'))).join('\n');

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// jsdom (a dev dependency, without type declarations) parses XML strictly, as a browser would.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const parser = new new JSDOM('').window.DOMParser();

/** Every XML part parses with a strict XML parser and holds no character XML forbids. */
export function assertValidParts(parts: Map<string, string>): void {
  expect(parts.has('word/document.xml')).toBe(true);
  for (const [name, xml] of parts) {
    expect(FORBIDDEN.test(xml), `${name} holds a forbidden character`).toBe(false);
    const doc = parser.parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror').length, `${name} is not well-formed`).toBe(0);
  }
}

function which(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const full = path.join(dir, command);
    if (fs.existsSync(full)) return full;
  }
  return null;
}

export const soffice = which('soffice') ?? which('libreoffice');

/**
 * Converts the DOCX to PDF with LibreOffice (its own profile folder, so parallel runs do not
 * share a lock) and returns the PDF's text, or the bytes' length when pdftotext is missing.
 */
export function convertWithLibreOffice(docx: Uint8Array, dir: string): { pdf: Buffer; text: string | null } {
  const input = path.join(dir, 'agreement.docx');
  fs.writeFileSync(input, docx);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-lo-'));
  try {
    execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
      stdio: 'ignore',
      timeout: 120_000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = fs.readFileSync(path.join(dir, 'agreement.pdf'));
  const pdftotext = which('pdftotext');
  const text = pdftotext ? execFileSync(pdftotext, ['-layout', path.join(dir, 'agreement.pdf'), '-'], { encoding: 'utf8' }) : null;
  return { pdf, text };
}
