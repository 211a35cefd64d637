// The register of processing in the reference register (quality.md): 12 services, 25
// sub-processors, 40 activities with 3 purposes each, about two subscriptions per customer;
// deterministic for a seed.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReferenceRegister } from '../../../electron/core/sample/reference-register';
import { processorRegisterService } from '../../../electron/core/services/processor-register.service';
import { servicesService } from '../../../electron/core/services/services.service';
import { openSession } from '../../../electron/core/session';
import { tempDir } from '../helpers';

function build(seed: number, customers: number) {
  const session = openSession(path.join(tempDir(), 'ref.forteckna'), { now: () => new Date('2026-01-15T09:00:00Z') }, { create: true });
  session.organisation.initialise('Referens AB');
  const summary = writeReferenceRegister(session, { seed, customers, chunkSize: 500 });
  const register = session.use(processorRegisterService).list({});
  const services = session.use(servicesService).list({});
  const counts = session.counts();
  session.close();
  return { summary, register, services, counts };
}

describe('reference register: the register of processing', () => {
  it('has the numbers of quality.md, written through the services', () => {
    const { summary, counts, services, register } = build(1, 300);
    expect(counts).toMatchObject({ customers: 300, services: 12, subprocessors: 25, activities: 40, purposes: 120 });
    expect(counts.systems).toBeGreaterThan(0);
    expect(counts.retentionRules).toBeGreaterThan(0);
    expect(summary.counts.subscriptions).toBe(counts.subscriptions);
    const perCustomer = counts.subscriptions! / counts.customers!;
    expect(perCustomer).toBeGreaterThan(1.8);
    expect(perCustomer).toBeLessThan(2.2);
    // Complete service descriptions, so the derived register has something in every column.
    expect(services.every((s) => s.completeness.score === 100)).toBe(true);
    expect(register.entries.length).toBeGreaterThan(300);
    expect(register.entries.some((e) => e.transfers.length > 0)).toBe(true);
    expect(register.entries.every((e) => e.processingCategories.length > 0 && e.subprocessors.length > 0)).toBe(true);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = build(3, 60);
    const b = build(3, 60);
    const c = build(4, 60);
    expect(a.register).toEqual(b.register);
    expect(a.counts).toEqual(b.counts);
    expect(a.register).not.toEqual(c.register);
  });
});
