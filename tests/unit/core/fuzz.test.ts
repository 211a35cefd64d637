// Property-based test over every method (issue 12): inputs built from a register seeded with real
// data through the contract, so that ids exist and the services' own rules run, then mutated with
// hostile paths, edge dates, lone surrogates and junk; calls made one at a time and several at once.
// What must hold: never INTERNAL, every string that comes back is well-formed, and the register
// file is still a register with its data after any call that wrote to a path.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { agreementRegister, formFields } from '../agreements/fixture';
import { subscriptionFor } from '../services/fixture';
import { blankCustomer, ok } from '../helpers';

/** Methods that replace or close the open register: fuzzed, then the original is opened again. */
const REPLACING = new Set<string>([
  'register.create',
  'register.open',
  'register.openSample',
  'register.close',
  'backups.restore',
  'portable.import',
  'register.lock',
  'register.setPassword',
]);

/** A register seeded through the contract, with the valid inputs that seeded it kept per method. */
async function seeded() {
  const r = await agreementRegister();
  const samples = new Map<string, unknown[]>();
  const rec = async <M extends MethodName>(method: M, input: Parameters<typeof ok<M>>[2]) => {
    const value = await ok(r.core, method, input);
    samples.set(method, [...(samples.get(method) ?? []), input]);
    return value;
  };
  const registerPath = (await ok(r.core, 'register.current', {}))!.path;
  const alfa = await r.subscribed('Alfa AB');
  const beta = await r.subscribed('Beta AB');
  const gamma = await r.customer('Gamma AB');
  const service = (await ok(r.core, 'services.list', {}))[0]!;
  // A subscription whose per-customer additions and exceptions name sub-processors (fault 6).
  const sub = await rec('subscriptions.create', {
    ...subscriptionFor(gamma.id, service.id, '2026-01-01', null),
    addedSubprocessorIds: [r.us.id],
    removedSubprocessorIds: [r.se.id],
  });
  await rec('subscriptions.update', {
    id: sub.id,
    revision: sub.revision,
    fields: {
      ...subscriptionFor(gamma.id, service.id, '2026-01-01', '2199-12-31'),
      addedSubprocessorIds: [r.us.id],
      removedSubprocessorIds: [r.se.id],
    },
  });
  const extra = await rec('subprocessors.create', {
    ...(await ok(r.core, 'subprocessors.get', { id: r.de.id })),
    name: 'Extra AB',
  } as never);
  await rec('subprocessors.update', {
    id: extra.id,
    revision: extra.revision,
    fields: { ...(extra as object), name: 'Extra 2 AB' },
  } as never);
  await rec('subprocessors.get', { id: r.us.id });
  await rec('customers.get', { id: alfa.id });
  const v1 = await rec('agreements.generate', { customerId: alfa.id, ...formFields() });
  await rec('agreements.get', { id: v1.id });
  await rec('agreements.update', { id: v1.id, revision: v1.revision, fields: { notes: 'Utkast', effectiveOn: '2026-12-01' } });
  await rec('agreements.setStatus', { id: v1.id, revision: v1.revision + 1, status: 'sent', on: '2026-11-22' });
  const dir = path.dirname(registerPath);
  await rec('agreements.saveDocument', { id: v1.id, path: path.join(dir, 'avtal.docx') });
  await rec('workbook.export', { lang: 'sv', path: path.join(dir, 'register.xlsx') });
  await rec('portable.export', { path: path.join(dir, 'register.json') });
  await rec('privacyNotice.export', { lang: 'sv', format: 'html', path: path.join(dir, 'notice.html') });
  fs.mkdirSync(path.join(dir, 'batch'));
  await rec('agreements.batch', { scope: 'selected', customerIds: [beta.id], lang: 'sv', folder: path.join(dir, 'batch') });
  await rec('purge.list', { on: '2026-11-22', horizonDays: 30 });
  await rec('legalHolds.create', { customerId: alfa.id, ruleId: null, reason: 'Tvist', placedOn: '2026-11-01' });
  await rec('history.list', { from: '2026-01-01', to: '2026-12-31' } as never);
  await rec('history.export', { format: 'csv', path: path.join(dir, 'history.csv') } as never);
  await rec('subprocessors.matrix', { onDate: '2026-11-22' });
  await rec('processorRegister.list', { customerId: beta.id, onDate: '2026-11-22' });
  samples.set('register.create', [{ organisationName: 'Annan AB', path: path.join(dir, 'annan.forteckna') }]);
  samples.set('customers.update', [{ id: alfa.id, revision: alfa.revision, fields: { ...alfa, contactPersons: [] } }]);
  samples.set('customers.delete', [{ id: beta.id, revision: beta.revision }]);
  samples.set('subprocessors.delete', [
    { id: r.us.id, revision: 1 },
    { id: extra.id, revision: 2 },
  ]);
  samples.set('subscriptions.delete', [{ id: sub.id, revision: 2 }]);
  // Another register file beside the open one: no save may overwrite it either.
  await ok(r.core, 'register.create', { organisationName: 'Annan AB', path: path.join(dir, 'other.forteckna') });
  await ok(r.core, 'register.open', { path: registerPath });
  const ids = [alfa.id, beta.id, gamma.id, sub.id, r.se.id, r.de.id, r.us.id, extra.id, v1.id, service.id, 1, 2];
  return { ...r, dir, registerPath, samples, ids, alfa, beta, sub, extra, v1 };
}

function malformed(s: string): boolean {
  return !(s as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Every string in a value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

/** The register file is still a register whose customers can be read (a second, read-only connection). */
function registerIntact(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const isPathKey = (k: string) => /path|folder|source|target/i.test(k);
const isIdKey = (k: string) => /(^id$|Id$|Ids$|^revision$)/.test(k);
const isDateKey = (k: string) => /(On|Date|^on|^from|^to|Start|End)$/.test(k);

describe('fuzzing every method on a seeded register', () => {
  it('never answers INTERNAL, returns well-formed text and keeps the register intact', { timeout: 120_000 }, async () => {
    const reg = await seeded();
    const { core, dir, registerPath } = reg;
    const customersBefore = registerIntact(registerPath);
    fs.writeFileSync(path.join(dir, 'a-file'), 'not a folder');
    const longName = `${'å'.repeat(300)}.xlsx`;

    const hostilePath = fc.constantFrom(
      registerPath,
      `${registerPath}-wal`,
      `${registerPath}-shm`,
      path.join(dir, 'other.forteckna'),
      path.join(dir, 'x\u0000y.forteckna'),
      path.join(dir, 'x\u0000y.xlsx'),
      path.join(dir, longName),
      path.join(dir, 'a-file', 'under-a-file.xlsx'),
      path.join(dir, 'missing', 'folder', 'out.xlsx'),
      path.join(dir, 'tab\tand\nnewline.xlsx'),
      dir,
      '',
      path.join(dir, 'fine.xlsx'),
    );
    const edgeDate = fc.constantFrom(
      '0000-01-01',
      '9999-12-31',
      '1900-01-01',
      '1899-12-31',
      '2199-12-31',
      '2200-01-01',
      '2024-02-29',
      '2023-02-29',
      '2100-02-29',
      '2000-02-29',
      '+010000-01-01',
      '2026-13-01',
      '2026-11-22',
    );
    const loneSurrogates = fc.constantFrom('\uD800', 'a\uDC00b', '\uDBFF\uDBFF', 'Kund \uD83D AB', '\uDFFF😀\uD800');
    const hostileString = fc.oneof(
      fc.string({ maxLength: 20 }),
      loneSurrogates,
      fc.constantFrom('', ' ', '<&>"\'', '=HYPERLINK("x")', '\u202Eevil', 'x'.repeat(10_001), '\u0000', 'P99999999Y'),
    );
    const id = fc.oneof(fc.constantFrom(...reg.ids), fc.integer({ min: -2, max: 1e6 }), fc.constant(Number.MAX_SAFE_INTEGER));
    const nonString = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]));
    const junk = fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.boolean(), hostileString, fc.constant({}), fc.constant([]));

    /** A value for one field: usually of the kind its name suggests, sometimes anything. */
    const leaf = (key: string, current: unknown): fc.Arbitrary<unknown> => {
      // Never a relative path or a random string: those would be written beside the test run, not in its folder.
      if (isPathKey(key)) return fc.oneof({ weight: 5, arbitrary: hostilePath }, { weight: 1, arbitrary: nonString });
      if (isIdKey(key))
        return Array.isArray(current)
          ? fc.array(id, { maxLength: 3 })
          : fc.oneof({ weight: 4, arbitrary: id }, { weight: 1, arbitrary: junk });
      if (isDateKey(key)) return fc.oneof({ weight: 4, arbitrary: edgeDate }, { weight: 1, arbitrary: junk });
      if (typeof current === 'string')
        return fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constant(current) });
      if (typeof current === 'number') return fc.oneof(fc.integer({ min: -1, max: 100_000 }), fc.constant(current), junk);
      return junk;
    };
    /** A valid input with some of its fields replaced (each field kept with probability 1/2). */
    const mutated = (sample: unknown, key = ''): fc.Arbitrary<unknown> => {
      if (Array.isArray(sample) && !isIdKey(key)) return fc.tuple(...sample.map((v) => mutated(v, key)));
      if (sample && typeof sample === 'object' && !Array.isArray(sample)) {
        const entries = Object.entries(sample);
        return fc
          .tuple(...entries.map(([k, v]) => fc.oneof(fc.constant(v), mutated(v, k))))
          .map((values) => Object.fromEntries(entries.map(([k], i) => [k, values[i]])));
      }
      return leaf(key, sample);
    };

    const names = Object.keys(methods) as MethodName[];
    const withSamples = [...reg.samples.keys()];
    const call = fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .constantFrom(...withSamples)
          .chain((m) => fc.constantFrom(...reg.samples.get(m)!).chain((s) => mutated(s).map((input) => ({ method: m, input })))),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...withSamples)
          .chain((m) => fc.constantFrom(...reg.samples.get(m)!).map((input) => ({ method: m, input }))),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          method: fc.constantFrom(...names),
          input: fc.oneof(junk, fc.dictionary(fc.constantFrom('id', 'on', 'customerId', 'name', 'fields'), junk, { maxKeys: 3 })),
        }),
      },
    );

    const failures: string[] = [];
    /** Answers per method and code, printed with FUZZ_STATS=1 to see what the run reached. */
    const stats = new Map<string, number>();
    /** A password a fuzzed register.setPassword gave the register: taken off again before the next call. */
    let givenPassword: string | undefined;
    async function check(method: string, input: unknown, result: Result<unknown>): Promise<void> {
      if (method.startsWith('register.setPassword') && result.ok) {
        const password = (input as { password?: unknown }).password;
        givenPassword = typeof password === 'string' ? password : undefined;
      }
      const key = `${method} ${result.ok ? 'ok' : result.error.code}`;
      stats.set(key, (stats.get(key) ?? 0) + 1);
      const where = `${method} ${JSON.stringify(input)?.slice(0, 300)}`;
      if (!result.ok && result.error.code === 'INTERNAL') failures.push(`INTERNAL: ${where}`);
      if (result.ok && strings(result.value).some(malformed)) failures.push(`malformed text returned: ${where}`);
      // A reply that names the file written names a file that is there (issue 12 §5: not a path cut at a NUL).
      const written = result.ok ? (result.value as { path?: unknown } | null)?.path : undefined;
      if (typeof written === 'string' && !fs.existsSync(written)) failures.push(`reported a file that is not there: ${where}`);
      // What a create or update stored reads back well-formed too.
      const value = result.ok ? (result.value as { id?: unknown } | null) : null;
      const feature = method.split('.')[0];
      if (value && typeof value.id === 'number' && /\.(create|update)$/.test(method) && `${feature}.get` in methods) {
        const back = await core.dispatch(`${feature}.get`, { id: value.id });
        if (back.ok && strings(back.value).some(malformed)) failures.push(`malformed text stored: ${where}`);
      }
    }
    /**
     * A call that never settles is a fault too (issue 12 §3): the answer or a clear error must come.
     * Generous, so that a loaded machine does not trip it; a hang never ends at all.
     */
    async function dispatch(method: string, input: unknown): Promise<Result<unknown>> {
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 20_000)));
      const result = await Promise.race([core.dispatch(method, input), hung]);
      clearTimeout(timer);
      if (result !== 'hung') return result;
      failures.push(`never settled: ${method} ${JSON.stringify(input)?.slice(0, 200)}`);
      return { ok: false, error: { code: 'CANCELLED', message: 'never settled' } };
    }
    /** After a call: the open register is the seeded one, and its file is still a register with its customers. */
    async function registerStillThere(method: string, input: unknown): Promise<void> {
      const current = await core.dispatch('register.current', {});
      if (!current.ok || (current.value as { path?: string } | null)?.path !== registerPath) {
        const reopened = await core.dispatch('register.open', {
          path: registerPath,
          ...(givenPassword ? { password: givenPassword } : {}),
        });
        // Only the first: every later call fails the same way.
        if (!reopened.ok && !failures.some((f) => f.startsWith('register lost')))
          failures.push(`register lost after ${method} ${JSON.stringify(input)?.slice(0, 200)}: ${reopened.error.code}`);
      }
      if (givenPassword !== undefined) {
        const removed = await core.dispatch('register.setPassword', { currentPassword: givenPassword, password: null });
        if (!removed.ok) failures.push(`the password ${method} gave could not be taken off: ${removed.error.code}`);
        givenPassword = undefined;
      }
      const touchesFiles = strings(input).some((s) => s.includes(dir)) || REPLACING.has(method);
      if (touchesFiles) {
        try {
          if (registerIntact(registerPath) === 0) failures.push(`register emptied by ${method}`);
        } catch (error) {
          if (failures.some((f) => f.startsWith('register destroyed'))) return;
          failures.push(`register destroyed by ${method} ${JSON.stringify(input)?.slice(0, 200)}: ${String(error)}`);
        }
      }
    }

    // Known edges first (faults of issue 12), then random calls; the ones aimed at the register's own files last.
    const edges: { method: string; input: unknown }[] = [
      { method: 'purge.list', input: { on: '9999-12-31', horizonDays: 30 } },
      { method: 'history.list', input: { from: '0000-01-01', to: '9999-12-31' } },
      { method: 'subprocessors.delete', input: { id: reg.us.id, revision: 1 } },
      { method: 'customers.create', input: { ...blankCustomer, name: 'Kund \uD800 AB', notes: 'a\uDC00b' } },
      { method: 'register.create', input: { organisationName: 'X', path: path.join(dir, 'x\u0000y.forteckna') } },
      { method: 'workbook.export', input: { lang: 'sv', path: path.join(dir, longName) } },
      { method: 'privacyNotice.export', input: { lang: 'sv', format: 'docx', path: path.join(dir, 'missing', 'notice.docx') } },
      { method: 'agreements.saveDocument', input: { id: reg.v1.id, path: path.join(dir, 'a-file', 'avtal.docx') } },
      { method: 'portable.export', input: { path: path.join(dir, 'other.forteckna') } },
      { method: 'agreements.saveDocument', input: { id: reg.v1.id, path: `${registerPath}-wal` } },
      { method: 'workbook.export', input: { lang: 'sv', path: registerPath } },
    ];
    await fc.assert(
      fc.asyncProperty(call, async ({ method, input }) => {
        await check(method, input, await dispatch(method, input));
        await registerStillThere(method, input);
      }),
      { numRuns: 250, interruptAfterTimeLimit: 35_000, markInterruptAsFailure: false, examples: edges.map((e) => [e]) },
    );

    // Calls at once: the same call twice or three times (two windows), or different ones racing.
    const raced = fc.oneof(
      call.chain((c) => fc.integer({ min: 2, max: 3 }).map((n) => Array.from({ length: n }, () => c))),
      fc.array(call, { minLength: 2, maxLength: 3 }),
      fc.constant([
        { method: 'agreements.generate', input: { customerId: reg.alfa.id, ...formFields() } },
        { method: 'agreements.generate', input: { customerId: reg.alfa.id, ...formFields({ lang: 'en' }) } },
      ]),
      fc.constant([
        { method: 'subprocessors.delete', input: { id: reg.extra.id, revision: 2 } },
        { method: 'subprocessors.update', input: reg.samples.get('subprocessors.update')![0] },
      ]),
      fc.constant([
        { method: 'customers.delete', input: { id: reg.beta.id, revision: reg.beta.revision } },
        { method: 'agreements.generate', input: { customerId: reg.beta.id, ...formFields() } },
        { method: 'subscriptions.update', input: reg.samples.get('subscriptions.update')![0] },
      ]),
    );
    await fc.assert(
      fc.asyncProperty(raced, async (calls) => {
        const results = await Promise.all(calls.map((c) => dispatch(c.method, c.input)));
        for (const [i, c] of calls.entries()) await check(`${c.method} (at once)`, c.input, results[i]!);
        for (const c of calls) await registerStillThere(c.method, c.input);
      }),
      { numRuns: 40, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false },
    );

    if (process.env.FUZZ_STATS)
      console.log(
        [...stats]
          .sort()
          .map(([k, n]) => `${n}\t${k}`)
          .join('\n'),
      );
    expect([...new Set(failures)].slice(0, 40)).toEqual([]);
    expect(registerIntact(registerPath)).toBeGreaterThan(0);
    expect(customersBefore).toBeGreaterThan(0);
  });
});
