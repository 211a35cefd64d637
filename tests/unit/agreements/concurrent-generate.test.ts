// Two generations for one customer at once (issue 12, fault 7): each gets its own version number,
// printed in its own document, whether the calls come through one core or from two writers on the file.
import { describe, expect, it } from 'vitest';
import { agreementsService } from '../../../electron/core/agreements/agreements.service';
import { agreementFields } from '../../../shared/contract';
import { call, ok } from '../helpers';
import { docxParts, sessionOn } from './document-fixture';
import { agreementRegister, formFields } from './fixture';

/** The version a stored document prints in its properties. */
async function printedVersion(data: Uint8Array): Promise<number> {
  const core = (await docxParts(data)).get('docProps/core.xml') ?? '';
  return Number(/version (\d+)/.exec(core)?.[1]);
}

describe('generating for one customer at once', () => {
  it('through one core: every call gets the next version, none fails', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const results = await Promise.all([1, 2, 3].map(() => call(r.core, 'agreements.generate', { customerId: c.id, ...formFields() })));
    expect(results.map((x) => (x.ok ? x.value.version : x.error.code)).sort()).toEqual([1, 2, 3]);
  });

  it('from two writers that do not share a queue (two windows on the file): both are saved, each with its own number', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const info = (await ok(r.core, 'register.current', {}))!;
    const other = sessionOn(info.path);
    try {
      const otherWindow = other.use(agreementsService);
      const fields = agreementFields.parse(formFields());
      const [first, second] = await Promise.allSettled([
        call(r.core, 'agreements.generate', { customerId: c.id, ...formFields() }),
        otherWindow.generate(c.id, fields),
      ]);
      expect(first.status).toBe('fulfilled');
      expect(second.status).toBe('fulfilled');
      const list = await ok(r.core, 'agreements.list', { customerId: c.id, status: 'all' });
      expect(list.map((a) => a.version).sort()).toEqual([1, 2]);
      for (const a of list) expect(await printedVersion(other.use(agreementsService).document(a.id).data)).toBe(a.version);
      if (first.status === 'fulfilled') expect(first.value).toMatchObject({ ok: true });
    } finally {
      other.close();
    }
  });
});
