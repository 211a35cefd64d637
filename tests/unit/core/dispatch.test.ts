import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../../../shared/contract';
import { call, coreWithRegister, ok, testCore } from '../helpers';

describe('dispatch', () => {
  it('rejects unknown and inherited method names without touching the core', async () => {
    const { core } = testCore();
    for (const name of ['nope.method', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = await core.dispatch(name, {});
      expect(result.ok ? 'ok' : result.error.code, name).toBe('UNKNOWN_METHOD');
    }
  });

  it('answers NO_REGISTER when a register method is called with nothing open', async () => {
    const { core } = testCore();
    const result = await call(core, 'customers.list', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('NO_REGISTER');
  });

  it('fills defaults for list inputs and reports wrong types as INVALID_INPUT with paths', async () => {
    const { core } = await coreWithRegister();
    expect((await ok(core, 'customers.list', {})).items).toEqual([]);
    const bad = await core.dispatch('customers.list', { limit: 'many', sort: 'password' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues!.map((i) => i.path[0]).sort()).toEqual(['limit', 'sort']);
  });

  it('validates the organisation profile and keeps it when input is bad', async () => {
    const { core } = await coreWithRegister();
    const org = await ok(core, 'organisation.get', {});
    expect(org.complete).toBe(false);
    const bad = await call(core, 'organisation.update', {
      ...org,
      orgNr: '123',
      email: 'x@',
      phone: 'abc',
      name: '',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(Object.fromEntries(bad.error.issues!.map((i) => [i.path.join('.'), i.message]))).toEqual({
        name: 'v.required',
        orgNr: 'v.orgNr.format',
        email: 'v.email',
        phone: 'v.phone',
      });
    }
    const saved = await ok(core, 'organisation.update', { ...org, orgNr: '5566778899', email: 'info@test.se' });
    expect(saved).toMatchObject({ orgNr: '556677-8899', complete: true, revision: 2 });
    const stale = await call(core, 'organisation.update', { ...org, orgNr: '5566778899' });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
  });

  it('accepts PNG and JPEG logos, refuses other bytes and oversize files', async () => {
    const { core } = await coreWithRegister();
    let org = await ok(core, 'organisation.get', {});
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    org = await ok(core, 'organisation.setLogo', {
      revision: org.revision,
      logo: { mimeType: 'image/png', dataBase64: png.toString('base64') },
    });
    expect(org.logo).toMatchObject({ mimeType: 'image/png', byteSize: png.length });
    expect((await ok(core, 'organisation.getLogo', {}))?.dataUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    const gif = await call(core, 'organisation.setLogo', {
      revision: org.revision,
      logo: { mimeType: 'image/png', dataBase64: Buffer.from('GIF89a....').toString('base64') },
    });
    expect(gif.ok ? 'ok' : gif.error.issues?.[0]?.message).toBe('v.logo.type');
    const huge = Buffer.concat([png, Buffer.alloc(600 * 1024)]).toString('base64');
    const big = await call(core, 'organisation.setLogo', { revision: org.revision, logo: { mimeType: 'image/png', dataBase64: huge } });
    expect(big.ok ? 'ok' : big.error.issues?.[0]?.message).toBe('v.logo.size');
    expect((await ok(core, 'organisation.setLogo', { revision: org.revision, logo: null })).logo).toBeNull();
  });

  it('never crashes or answers INTERNAL for random and hostile input to any method', async () => {
    const { core } = await coreWithRegister();
    const names = Object.keys(methods).filter(
      // These open dialogs or replace the open register: covered by their own tests.
      (m) => !['register.create', 'register.open', 'register.openSample', 'register.close'].includes(m),
    ) as MethodName[];
    const hostileString = fc.oneof(
      fc.string(),
      fc.constantFrom('\uFFFE', '\uFFFF', '\uD800', '<&>"\'', '=HYPERLINK("x")', '😀'.repeat(50), 'x'.repeat(10_000), '\u202Eevil'),
    );
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        hostileString,
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('any'), { maxLength: 3 }),
        fc.dictionary(fc.string({ maxLength: 12 }), tie('any'), { maxKeys: 4 }),
      ),
    })).any;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), value, async (method, input) => {
        const result = await core.dispatch(method, input);
        expect(result.ok || result.error.code !== 'INTERNAL').toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
