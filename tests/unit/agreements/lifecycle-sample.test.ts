// The sample and reference registers' agreements: each state shows up, with real documents.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementBasis, registerSlice } from '../../../electron/core/agreements/agreement.view';
import { agreementsService } from '../../../electron/core/agreements/agreements.service';
import { writeReferenceAgreements } from '../../../electron/core/sample/reference-agreements';
import { writeReferenceRegister } from '../../../electron/core/sample/reference-register';
import { writeSampleRegister } from '../../../electron/core/sample/sample-register';
import { openSession, type Session } from '../../../electron/core/session';
import { FIXED_NOW, tempDir } from '../helpers';

function open(now = FIXED_NOW): Session {
  return openSession(path.join(tempDir(), 'reg.forteckna'), { now: () => now }, { create: true });
}

const listAll = {
  query: '',
  status: 'all',
  includeArchived: true,
  agreementStatus: 'all',
  sort: 'name',
  direction: 'asc',
  offset: 0,
  limit: 1000,
} as const;

describe('sample agreements', () => {
  it('shows signed, superseded, overdue, sent, draft, English and terminated agreements, none out of date', async () => {
    const session = open();
    try {
      session.organisation.initialise('Exempel IT AB');
      await writeSampleRegister(session);
      const agreements = session.use(agreementsService);
      const all = agreements.list({ status: 'all' });
      const byStatus = (status: string) => all.filter((a) => a.status === status).length;
      expect(byStatus('signed')).toBe(3);
      expect(byStatus('superseded')).toBe(1);
      expect(byStatus('sent')).toBe(2);
      expect(byStatus('draft')).toBe(1);
      expect(byStatus('terminated')).toBe(1);
      expect(all.filter((a) => a.lang === 'en')).toHaveLength(1);
      expect(all.some((a) => a.outOfDate)).toBe(false);
      expect(all.filter((a) => a.attachmentCount > 0)).toHaveLength(2);
      // Backdated history: the renewed agreement was generated a month ago.
      expect(all.find((a) => a.version === 2)!.generatedAt.slice(0, 10)).toBe('2026-10-21');

      const states = session.customers.list(listAll).items.map((c) => c.agreement.status);
      for (const state of ['signed', 'overdue', 'sent', 'draft', 'none'] as const) expect(states, state).toContain(state);
    } finally {
      session.close();
    }
  });
});

describe('reference agreements', () => {
  it('writes two versions per customer: the second signed, sent or draft, the first superseded once the second is signed', async () => {
    const session = open(new Date('2026-01-15T09:00:00Z'));
    try {
      session.organisation.initialise('Referens AB');
      writeReferenceRegister(session, { customers: 15, seed: 1 });
      const progress: number[] = [];
      expect(await writeReferenceAgreements(session, { onProgress: (done) => progress.push(done) })).toBe(30);
      expect(progress.at(-1)).toBe(15);
      const all = session.use(agreementsService).list({ status: 'all' });
      expect(all).toHaveLength(30);
      const second = all.filter((a) => a.version === 2);
      expect(new Set(second.map((a) => a.status))).toEqual(new Set(['signed', 'sent', 'draft']));
      for (const v2 of second) {
        const v1 = all.find((a) => a.customerId === v2.customerId && a.version === 1)!;
        expect(v1.signedOn).not.toBeNull();
        expect(v1.status).toBe(v2.status === 'signed' ? 'superseded' : 'signed');
      }
      expect(session.counts().agreements).toBe(30);
    } finally {
      session.close();
    }
  });
});

describe('the out-of-date check of many agreements at once', () => {
  it('gives every customer the basis its own read gives, on the sample and on the reference register', async () => {
    for (const build of ['sample', 'reference'] as const) {
      const session = open(build === 'sample' ? FIXED_NOW : new Date('2026-01-15T09:00:00Z'));
      try {
        session.organisation.initialise('Exempel IT AB');
        if (build === 'sample') await writeSampleRegister(session);
        else writeReferenceRegister(session, { customers: 40, seed: 2 });
        const ids = session.customers.list(listAll).items.map((c) => c.id);
        const slice = registerSlice(session);
        const batch = ids.map((id) => agreementBasis(session, id, slice).hash);
        expect(batch, build).toEqual(ids.map((id) => agreementBasis(session, id).hash));
        // Customers differ (else the comparison would prove nothing).
        expect(new Set(batch).size, build).toBeGreaterThan(3);
      } finally {
        session.close();
      }
    }
  });
});
