// The overview's attention list (issue 17): every feature's items derived on each call, over a copy
// of the reference register with the legal clocks running — 120 open requests (some extended, some
// forwarded to customers as processor), 20 open breaches (controller ones with IMY's 72 hours,
// processor ones over devices and, for two, a whole service) and a change notice to every customer
// of the busiest service, half of them told, a few answered.
//
// quality.md has no row of its own for it; the list is the overview's first paint, a derived
// register like the purge list, so it takes that 200 ms. The calendar's data (every dated item
// whatever its day, `attentionService.dated`) is the same work without the horizon: the same
// budget. Each source is timed on its own beside them (INFO), to say which one a slow list owes to.
import fs from 'node:fs';
import path from 'node:path';
import {
  emptyBreach,
  emptyDsrRequest,
  emptySubprocessor,
  serviceFields,
  type AttentionList,
  type ChangeNotice,
  type ChangeNoticeSummary,
  type CustomerSummary,
  type EquipmentSummary,
  type Service,
  type Subprocessor,
  type Subscription,
} from '../../shared/contract';
import { addDays } from '../../shared/dates';
import { attentionService } from '../../electron/core/attention/attention.service';
import { attentionSources } from '../../electron/core/attention/attention.sources';
import { openSession } from '../../electron/core/session';
import { infoRow, must, newCore, row, RUNS, timed, type Row } from './kit';

const REQUESTS = 100;
const PROCESSOR_REQUESTS = 20;
const BREACHES = 20;
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const;

/** Open requests, open breaches and a change notice in its busiest weeks (see the file comment). */
export async function seedAttention(core: ReturnType<typeof newCore>, today: string): Promise<string> {
  const customers = await must<{ items: CustomerSummary[] }>(core, 'customers.list', { status: 'active', limit: PROCESSOR_REQUESTS });
  for (let i = 0; i < REQUESTS + PROCESSOR_REQUESTS; i++) {
    const receivedOn = addDays(today, -((i * 37) % 75));
    const processor = i >= REQUESTS;
    const extended = !processor && i % 5 === 0;
    await must(core, 'requests.create', {
      ...emptyDsrRequest,
      right: RIGHTS[i % RIGHTS.length],
      receivedOn,
      requesterName: `Bänkperson ${i}`,
      status: 'in_progress',
      ...(extended ? { extensionReason: 'Många system att söka i', extensionNotifiedOn: addDays(receivedOn, 5) } : {}),
      ...(processor ? { ourRole: 'processor', customerId: customers.items[i - REQUESTS]!.id, status: 'received' } : {}),
    });
  }

  const devices = await must<{ items: EquipmentSummary[] }>(core, 'equipment.list', { limit: 1000 });
  const services = await must<Service[]>(core, 'services.list', {});
  const subscriptions = await must<Subscription[]>(core, 'subscriptions.list', {});
  const busiest = services
    .map((s) => ({ s, n: subscriptions.filter((x) => x.serviceId === s.id && x.active).length }))
    .sort((a, b) => b.n - a.n)[0]!.s;
  const nowMs = Date.now();
  for (let i = 0; i < BREACHES; i++) {
    const controller = i % 5 < 2;
    const picked = [0, 1, 2].map((k) => devices.items[(i * 17 + k * 53) % devices.items.length]!);
    await must(core, 'breaches.create', {
      ...emptyBreach,
      title: `Bänkincident ${i}`,
      ourRole: controller ? 'controller' : 'processor',
      discoveredAt: new Date(nowMs - (2 + i * 7) * 3600e3).toISOString(),
      cause: 'lost_stolen_device',
      breachTypes: ['confidentiality'],
      risk: controller ? (i % 2 === 0 ? 'high_risk' : null) : 'risk',
      equipmentIds: controller ? [] : picked.map((d) => d.id),
      siteIds: controller ? [] : [...new Set(picked.map((d) => d.siteId).filter((s): s is number => s !== null))],
      serviceIds: !controller && i < 10 && i % 5 === 2 ? [busiest.id] : [],
    });
  }

  // A new sub-processor on the busiest service: proposed, decided, half the customers told ten days ago.
  const sp = await must<Subprocessor>(core, 'subprocessors.create', {
    ...emptySubprocessor,
    name: 'Bänkvalvet Backup AB',
    serviceDescription: 'Extra kopia av säkerhetskopior',
    dataProcessed: 'Krypterade säkerhetskopior',
    processingLocations: 'Stockholm',
    agreementDate: today,
  });
  const fields = Object.fromEntries(Object.keys(serviceFields.shape).map((k) => [k, (busiest as Record<string, unknown>)[k]]));
  await must(core, 'services.update', {
    id: busiest.id,
    revision: busiest.revision,
    fields: { ...fields, subprocessorIds: [...busiest.subprocessorIds, sp.id] },
  });
  const proposed = (await must<ChangeNoticeSummary[]>(core, 'changeNotices.list', { open: true })).find((n) => n.subprocessor.id === sp.id);
  if (!proposed) throw new Error('no notice proposed');
  const draft = await must<ChangeNotice>(core, 'changeNotices.get', { id: proposed.id });
  let n = await must<ChangeNotice>(core, 'changeNotices.update', {
    id: draft.id,
    revision: draft.revision,
    fields: { ...draft.fields, reason: 'Bänktest', decidedBy: 'Bänk', decision: 'notify', effectiveDate: addDays(today, 120) },
  });
  const affected = n.recipients.filter((r) => r.affected).map((r) => r.customerId);
  n = await must<ChangeNotice>(core, 'changeNotices.markSent', {
    id: n.id,
    customerIds: affected.filter((_, i) => i % 2 === 0),
    on: addDays(today, -10),
    via: 'email',
  });
  for (const [i, r] of n.recipients
    .filter((x) => x.sentOn !== null && x.affected)
    .slice(0, 10)
    .entries()) {
    n = await must<ChangeNotice>(core, 'changeNotices.recordResponse', {
      noticeId: n.id,
      customerId: r.customerId,
      revision: r.revision!,
      response: i % 4 === 0 ? 'objected' : 'accepted',
      on: addDays(today, -2),
      objectionText: i % 4 === 0 ? 'Vi vill veta mer först.' : '',
    });
  }
  return `${affected.length} customers`;
}

export async function benchAttention(dir: string, file: string, size: number): Promise<Row[]> {
  const copy = path.join(dir, `attention-${size}.forteckna`);
  fs.copyFileSync(file, copy);
  const rows: Row[] = [];
  const today = new Date().toISOString().slice(0, 10);
  const core = newCore(dir);
  let noticeReach = '';
  try {
    await must(core, 'register.open', { path: copy });
    noticeReach = await seedAttention(core, today);
    const list = () => must<AttentionList>(core, 'attention.list', {});
    const first = await list();
    const counts = `${first.items.length} items: ${first.counts.overdue} overdue, ${first.counts.dueSoon} due soon, ${first.counts.toFix} to fix`;
    rows.push(row(`attention.list, 30 days (${counts})`, size, await timed(list), 200, 'median', null));
    const year = await must<AttentionList>(core, 'attention.list', { horizonDays: 366 });
    rows.push(
      infoRow(
        `attention.list, 366 days (${year.items.length} items)`,
        size,
        await timed(() => must(core, 'attention.list', { horizonDays: 366 })),
      ),
    );
    // The overview after the user changed what agreements are built from: every customer's
    // out-of-date check is derived again (cached until the next such change). Only the list is timed.
    const services = await must<Service[]>(core, 'services.list', {});
    const target = services[0]!;
    const afterChange: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const current = await must<Service>(core, 'services.get', { id: target.id });
      const fields = Object.fromEntries(Object.keys(serviceFields.shape).map((k) => [k, (current as Record<string, unknown>)[k]]));
      await must(core, 'services.update', {
        id: current.id,
        revision: current.revision,
        fields: { ...fields, purpose: `${current.purpose.replace(/ \(\d+\)$/, '')} (${i})` },
      });
      const t0 = performance.now();
      await list();
      if (i > 0) afterChange.push(performance.now() - t0);
    }
    rows.push(infoRow('attention.list right after a service changed (out-of-date checks derived again)', size, afterChange));
  } finally {
    core.close();
  }

  // The calendar's data and each source, on the service itself (no method returns them as such).
  const session = openSession(copy, { now: () => new Date() });
  try {
    const attention = session.use(attentionService);
    const dated = attention.dated(undefined, 'sv');
    rows.push(
      row(
        `attention calendar data, dated (${dated.items.length} events)`,
        size,
        await timed(async () => attention.dated(undefined, 'sv')),
        200,
        'median',
        null,
      ),
    );
    const ctx = {
      session,
      on: session.today(),
      now: session.now(),
      lang: 'sv' as const,
      settings: { sentAgreementDays: attention.settings().sentAgreementDays },
    };
    for (const source of attentionSources) {
      const found = source.collect(ctx).length;
      const what = source.kinds.length > 2 ? `${source.kinds.slice(0, 2).join(', ')}, …` : source.kinds.join(', ');
      const note = source.kinds.includes('changeNotice.deadline') ? `, a notice to ${noticeReach}` : '';
      rows.push(infoRow(`  attention source ${what} (${found} found${note})`, size, await timed(async () => source.collect(ctx))));
    }
  } finally {
    session.close();
    fs.rmSync(copy, { force: true });
  }
  return rows;
}
