// The reference register generator (used by the bench and the e2e harness): deterministic,
// valid, Swedish.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFields } from '../../../shared/contract';
import { parseOrgNr } from '../../../shared/orgnr';
import { createRng, referenceCustomers, writeReferenceRegister } from '../../../electron/core/sample/reference-register';
import { openSession } from '../../../electron/core/session';

describe('reference register', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = [...referenceCustomers(createRng(1), 300)];
    const b = [...referenceCustomers(createRng(1), 300)];
    const c = [...referenceCustomers(createRng(2), 300)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('makes valid, unique, Swedish customers with about 10 % ended', () => {
    const all = [...referenceCustomers(createRng(7), 2000)];
    for (const c of all) {
      expect(customerFields.safeParse(c).success, c.name).toBe(true);
      expect(parseOrgNr(String(c.orgNr)).ok).toBe(true);
      expect(c.contactPersons.length).toBeGreaterThanOrEqual(1);
      expect(c.contactPersons.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.orgNr)).size).toBe(all.length);
    const ended = all.filter((c) => c.status === 'ended').length / all.length;
    expect(ended).toBeGreaterThan(0.07);
    expect(ended).toBeLessThan(0.13);
    expect(all.some((c) => /[åäöÅÄÖ]/.test(c.name))).toBe(true);
  });

  it('writes through the services in chunks, reporting progress', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forteckna-ref-'));
    const session = openSession(path.join(dir, 'ref.forteckna'), { now: () => new Date('2026-01-01T00:00:00Z') }, { create: true });
    try {
      session.organisation.initialise('Referens AB');
      const progress: number[] = [];
      const summary = writeReferenceRegister(session, { customers: 250, chunkSize: 100, onProgress: (done) => progress.push(done) });
      expect(summary.counts).toEqual({
        customers: 250,
        subprocessors: 25,
        systems: 15,
        retentionRules: 10,
        securityMeasures: 49,
        activities: 40,
        services: 12,
        subscriptions: 489,
        sites: 750,
        equipment: 10000,
      });
      // Customers in chunks of 100, then one step per later section.
      expect(progress.slice(0, 3)).toEqual([100, 200, 250]);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(session.counts().customers).toBe(250);
    } finally {
      session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
