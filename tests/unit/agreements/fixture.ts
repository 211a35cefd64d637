// A register for the agreement tests: the service fixture (sub-processors, measures, a Backup
// service) plus our organisation's profile and customers subscribing to the service, all
// entered through the contract.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Core } from '../../../electron/core/core';
import type { AgreementFields } from '../../../shared/contract';
import { ok } from '../helpers';
import { serviceRegister, subscribe } from '../services/fixture';

export const sha256 = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

export const formFields = (overrides: Partial<AgreementFields> = {}): AgreementFields => ({
  lang: 'sv',
  noticeDays: 30,
  effectiveOn: null,
  signingPlace: 'Västerås',
  processorSignatory: { name: 'Anna Ek', title: 'VD' },
  controllerSignatory: { name: 'Karin Berg', title: 'IT-chef' },
  notes: '',
  ...overrides,
});

export async function agreementRegister(options: { now?: Date } = {}) {
  const r = await serviceRegister(options);
  const org = await ok(r.core, 'organisation.get', {});
  await ok(r.core, 'organisation.update', {
    ...org,
    name: 'Test AB',
    orgNr: '5566778899',
    address: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: 'Sverige' },
    email: 'info@test.se',
    signatoryName: 'Anna Ek',
    signatoryTitle: 'VD',
  });
  const backup = await ok(r.core, 'services.create', r.backup);
  /** The temp folder the register is in (removed after the test). */
  const dir = path.dirname((await ok(r.core, 'register.current', {}))!.path);

  /** A customer with a contact person and an active Backup subscription. */
  const subscribed = async (name: string) => {
    const c = await r.customer(name, { name: 'Karin Berg', role: 'IT-chef', email: 'karin@example.se' });
    await subscribe(r.core, c.id, backup.id);
    return c;
  };
  const generate = (customerId: number, overrides: Partial<AgreementFields> = {}) =>
    ok(r.core, 'agreements.generate', { customerId, ...formFields(overrides) });

  return { ...r, dir, backup, subscribed, generate };
}

export type AgreementRegister = Awaited<ReturnType<typeof agreementRegister>>;

/** The error's first issue as "path: message", or 'ok'. */
export function firstIssue(
  result: { ok: true } | { ok: false; error: { code: string; issues?: { path: (string | number)[]; message: string }[] } },
): string {
  if (result.ok) return 'ok';
  const issue = result.error.issues?.[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : result.error.code;
}

export async function customerAgreement(core: Core, customerId: number) {
  const list = await ok(core, 'customers.list', { limit: 1000 });
  return list.items.find((c) => c.id === customerId)!.agreement;
}
