// A register for the change-notice tests: the agreement fixture's Backup service (Sicherung GmbH
// and Mälardalens Datacenter), five customers in different positions, and a US sub-processor
// about to be added. Everything through the contract.
import { ok } from '../helpers';
import { agreementRegister, formFields } from '../agreements/fixture';
import { subscribe, subscriptionFor } from '../services/fixture';

export async function noticeRegister(options: { now?: Date } = {}) {
  const r = await agreementRegister(options);
  const sign = async (customerId: number, noticeDays: number, lang: 'sv' | 'en') => {
    const a = await r.generate(customerId, formFields({ noticeDays, lang }));
    return ok(r.core, 'agreements.setStatus', { id: a.id, revision: a.revision, status: 'signed', on: '2026-01-15' });
  };
  // Alfa: signed in Swedish, 30 days. Beta: signed in English, 60 days. Gamma: no agreement.
  const alfa = await r.subscribed('Alfa AB');
  const beta = await r.subscribed('Beta Ltd');
  const gamma = await r.subscribed('Gamma AB');
  // Delta's subscription has ended; Epsilon has excepted the US sub-processor beforehand.
  const delta = await r.customer('Delta AB');
  await subscribe(r.core, delta.id, r.backup.id, '2024-01-01', '2025-12-31');
  const epsilon = await r.customer('Epsilon AB');
  await ok(r.core, 'subscriptions.create', { ...subscriptionFor(epsilon.id, r.backup.id), removedSubprocessorIds: [r.us.id] });
  const alfaAgreement = await sign(alfa.id, 30, 'sv');
  const betaAgreement = await sign(beta.id, 60, 'en');

  /** Saves the Backup service with another list of sub-processors, as the service form does. */
  const setBackupSubprocessors = async (ids: number[]) => {
    const s = await ok(r.core, 'services.get', { id: r.backup.id });
    return ok(r.core, 'services.update', { id: s.id, revision: s.revision, fields: { ...r.backup, subprocessorIds: ids } });
  };
  /** The open notice the core proposed last. */
  const proposed = async () => {
    const list = await ok(r.core, 'changeNotices.list', { open: true });
    const p = list.find((n) => n.state === 'proposed');
    if (!p) throw new Error('no proposed notice');
    return ok(r.core, 'changeNotices.get', { id: p.id });
  };
  return { ...r, alfa, beta, gamma, delta, epsilon, alfaAgreement, betaAgreement, setBackupSubprocessors, proposed };
}

export type NoticeRegister = Awaited<ReturnType<typeof noticeRegister>>;
