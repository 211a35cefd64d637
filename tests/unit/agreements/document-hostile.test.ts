// Hostile text in the register and in the clauses still gives a valid Word file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { renderAgreement } from '../../../electron/core/agreements/agreement.view';
import { DEFAULT_CLAUSES } from '../../../electron/core/agreements/default-clauses';
import { sanitizeText } from '../../../electron/core/documents/sanitize';
import { ok } from '../helpers';
import { serviceRegister, subprocessor, subscribe } from '../services/fixture';
import {
  assertValidParts,
  bodyBlocks,
  convertWithLibreOffice,
  docxParts,
  fixedOptions,
  sessionOn,
  soffice,
  textOf,
} from './document-fixture';

// Quotes, markup, an ampersand, C0 controls, U+FFFE/U+FFFF, a lone surrogate, emoji and RTL text.
const HOSTILE = `"Citat" 'apostrof' <script>alert("x")</script> & ]]> \u0001\u0007\u000B\uFFFE\uFFFF\uD800 😀 שלום`;
const LONG_BODY = `${HOSTILE}\n\n${'Lång text utan slut. '.repeat(476)}\n- ${HOSTILE}`;

async function hostileRegister() {
  const r = await serviceRegister();
  const file = (await ok(r.core, 'register.current', {}))!.path;
  const sub = await ok(r.core, 'subprocessors.create', {
    ...subprocessor(`Underbiträde ${HOSTILE}`.slice(0, 200), 'US', 'scc_2021_914'),
    orgNr: HOSTILE.slice(0, 50),
    serviceDescription: HOSTILE,
    processingLocations: HOSTILE,
  });
  const service = await ok(r.core, 'services.create', {
    ...r.backup,
    name: `Tjänst ${HOSTILE}`.slice(0, 200),
    subjectMatter: `${HOSTILE} ${'x'.repeat(1900)}`.slice(0, 2000),
    purpose: HOSTILE,
    subprocessorIds: [...r.backup.subprocessorIds, sub.id],
  });
  const customer = await r.customer(`Kund ${HOSTILE}`.slice(0, 200));
  await ok(r.core, 'customers.update', {
    id: customer.id,
    revision: customer.revision,
    fields: {
      name: customer.name,
      orgNr: '',
      visitingAddress: { street: HOSTILE, postalCode: '', city: HOSTILE, country: '' },
      invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
      invoiceSameAsVisiting: true,
      contactPersons: [],
      dpo: { name: HOSTILE, email: '', phone: '' },
      contractStart: null,
      contractEnd: null,
      status: 'active',
      notes: '',
    },
  });
  await subscribe(r.core, customer.id, service.id);
  const session = sessionOn(file);
  onTestFinished(() => session.close());
  return { ...r, file, session, customer, service, sub };
}

describe('hostile text', () => {
  it.each(['sv', 'en'] as const)(
    'gives well-formed XML parts with the text kept and the forbidden characters removed (%s)',
    async (lang) => {
      const { session, customer, service, sub } = await hostileRegister();
      const clauses = [...DEFAULT_CLAUSES, { titleSv: `Egen ${HOSTILE}`, bodySv: LONG_BODY, titleEn: `Own ${HOSTILE}`, bodyEn: LONG_BODY }];
      const { data } = await renderAgreement(
        session,
        fixedOptions(customer.id, lang, { clauses, signingPlace: HOSTILE, controllerSignatory: { name: HOSTILE, title: HOSTILE } }),
      );
      const parts = await docxParts(data);
      assertValidParts(parts);

      const text = textOf(parts.get('word/document.xml')!);
      // As the register holds them (SQLite stores a lone surrogate as U+FFFD), minus what XML forbids.
      for (const stored of [customer.name, service.name, sub.name, service.purpose]) {
        expect(sanitizeText(stored)).toContain('<script>alert("x")</script> & ]]>');
        expect(text).toContain(sanitizeText(stored));
      }
      const kept = sanitizeText(HOSTILE);
      expect(kept).toBe(`"Citat" 'apostrof' <script>alert("x")</script> & ]]>  😀 שלום`);
      expect(text).toContain(`${lang === 'sv' ? 'Egen' : 'Own'} ${kept}`);
      // The 10,000-character clause is there in full, as numbered paragraphs and a bullet.
      expect(LONG_BODY.length).toBeGreaterThan(10_000);
      expect(text).toContain('Lång text utan slut. '.repeat(476).trim());
      const own = bodyBlocks(parts.get('word/document.xml')!).filter((b) => b.kind === 'p' && b.text.startsWith(kept));
      expect(own.map((b) => b.kind === 'p' && b.level)).toEqual([1, 2]);
      expect(textOf(parts.get('word/footer1.xml')!)).toContain('PUB-0012');
    },
  );

  it.skipIf(!soffice)(
    'converts to PDF with LibreOffice',
    async () => {
      const { session, customer, file } = await hostileRegister();
      const clauses = [...DEFAULT_CLAUSES, { titleSv: `Egen ${HOSTILE}`, bodySv: LONG_BODY, titleEn: '', bodyEn: '' }];
      const { data } = await renderAgreement(session, fixedOptions(customer.id, 'sv', { clauses }));
      const out = fs.mkdtempSync(path.join(path.dirname(file), 'pdf-'));
      const { pdf, text } = convertWithLibreOffice(data, out);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (text !== null) expect(text).toContain('Egen "Citat"');
    },
    180_000,
  );
});
