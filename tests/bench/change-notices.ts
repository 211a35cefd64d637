// Sub-processor change notices (issue 15): a change that reaches every reference customer — a US
// backup provider added to every service, so each customer with a subscription is affected — and
// what the user waits for with it: the notice page (`changeNotices.get`, recipients derived from
// the subscriptions with each one's deadline), the list, the deadlines of the overview, and a
// letter for every customer (`changeNotices.letters`, time and peak RSS).
//
// quality.md has no row of its own for notices. The letters are a batch document run like the
// agreements, so they take that budget (all 500 agreements ≤ 15 s, peak RSS ≤ 400 MB); the
// reads are derived registers like the processor register, so they take the 200 ms target that
// bench uses (the purge list's budget). Runs on a copy of the reference register.
import fs from 'node:fs';
import path from 'node:path';
import {
  serviceFields,
  type ChangeNotice,
  type ChangeNoticeDeadline,
  type ChangeNoticeSummary,
  type NoticeLettersResult,
  type Service,
  type Subprocessor,
} from '../../shared/contract';
import { addDays } from '../../shared/dates';
import { infoRow, must, newCore, now, row, timed, type Row } from './kit';

const MB = 1024 * 1024;

export async function benchChangeNotices(dir: string, file: string, size: number): Promise<Row[]> {
  const copy = path.join(dir, `change-notices-${size}.forteckna`);
  fs.copyFileSync(file, copy);
  const core = newCore(dir);
  const rows: Row[] = [];
  try {
    await must(core, 'register.open', { path: copy });
    const today = new Date().toISOString().slice(0, 10);

    // The change: a new sub-processor in the US (so the letters carry a transfer tool) on every service.
    const spFields = {
      name: 'Bänkvalvet Backup Inc.',
      orgNr: '',
      locationKind: 'country',
      country: 'US',
      regionName: '',
      regionInEea: true,
      address: '1 Bench Way, Austin, TX 78701, USA',
      website: '',
      contactName: '',
      contactEmail: '',
      serviceDescription: 'Extra kopia av säkerhetskopior',
      dataProcessed: 'Krypterade säkerhetskopior',
      processingLocations: 'Austin, USA',
      transferMechanism: 'scc_2021_914',
      sccModule: 'P2P',
      transferNotes: '',
      agreementDate: today,
      agreementNotes: '',
      status: 'active',
      notes: '',
    } as const;
    const sp = await must<Subprocessor>(core, 'subprocessors.create', spFields);
    const services = await must<Service[]>(core, 'services.list', { includeArchived: true });
    // Each save proposes (or joins) the notice, deriving who it affects: the user's wait at the service form.
    const saves: number[] = [];
    for (const s of services) {
      const fields = Object.fromEntries(Object.keys(serviceFields.shape).map((k) => [k, (s as Record<string, unknown>)[k]]));
      const t0 = now();
      await must(core, 'services.update', {
        id: s.id,
        revision: s.revision,
        fields: { ...fields, subprocessorIds: [...s.subprocessorIds, sp.id] },
      });
      saves.push(now() - t0);
    }
    const proposed = (await must<ChangeNoticeSummary[]>(core, 'changeNotices.list', { open: true })).find(
      (n) => n.subprocessor.id === sp.id,
    );
    if (!proposed || proposed.services.length !== services.length) throw new Error('no notice proposed for every service');
    const draft = await must<ChangeNotice>(core, 'changeNotices.get', { id: proposed.id });
    const decided = await must<ChangeNotice>(core, 'changeNotices.update', {
      id: draft.id,
      revision: draft.revision,
      fields: { ...draft.fields, reason: 'Bänktest', decidedBy: 'Bänk', decision: 'notify', effectiveDate: addDays(today, 120) },
    });
    const affected = decided.counts.affected;
    // Every customer with a subscription: the reference register's ended customers have none left.
    const subscribed = new Set(
      (await must<{ customerId: number; active: boolean }[]>(core, 'subscriptions.list', {}))
        .filter((x) => x.active)
        .map((x) => x.customerId),
    ).size;
    if (affected !== subscribed) throw new Error(`the notice reaches ${affected} customers, ${subscribed} have a subscription`);
    const ids = decided.recipients.filter((r) => r.affected).map((r) => r.customerId);
    rows.push(infoRow(`change notice: save a service with a new sub-processor (median of ${services.length})`, size, saves));

    const reads = async (when: string) => {
      rows.push(
        row(
          `change notice to ${affected} customers: get (${when})`,
          size,
          await timed(() => must(core, 'changeNotices.get', { id: decided.id })),
          200,
          'median',
          null,
        ),
      );
      rows.push(row(`change notices: list (${when})`, size, await timed(() => must(core, 'changeNotices.list', {})), 200, 'median', null));
      const deadlines = await must<ChangeNoticeDeadline[]>(core, 'changeNotices.deadlines', {});
      rows.push(
        row(
          `change notices: deadlines, ${deadlines.length} items (${when})`,
          size,
          await timed(() => must(core, 'changeNotices.deadlines', {})),
          200,
          'median',
          null,
        ),
      );
    };
    await reads('draft');

    // Everyone told by e-mail; a few answer: the notice as it is in its busiest weeks.
    const t0 = now();
    let n = await must<ChangeNotice>(core, 'changeNotices.markSent', { id: decided.id, customerIds: ids, on: today, via: 'email' });
    rows.push(infoRow(`change notice: mark ${ids.length} customers sent, one call`, size, [now() - t0]));
    const answers: number[] = [];
    for (const [i, r] of n.recipients
      .filter((x) => x.affected)
      .slice(0, 40)
      .entries()) {
      const t1 = now();
      n = await must<ChangeNotice>(core, 'changeNotices.recordResponse', {
        noticeId: n.id,
        customerId: r.customerId,
        revision: r.revision!,
        response: i % 8 === 0 ? 'objected' : 'accepted',
        on: today,
        objectionText: i % 8 === 0 ? 'Vi vill inte att data lämnar EU.' : '',
      });
      answers.push(now() - t1);
    }
    rows.push(infoRow('change notice: record one answer (median of 40)', size, answers));
    await reads('sent, 40 answers');

    // A register a few years on holds many notices, and the list and the overview derive each one's
    // customers again: 19 more, one service each, made by hand.
    for (let i = 0; i < 19; i++) {
      const extra = await must<Subprocessor>(core, 'subprocessors.create', { ...spFields, name: `Bänkleverantör ${i + 1} Inc.` });
      await must(core, 'changeNotices.create', {
        kind: 'add',
        subprocessorId: extra.id,
        replacedSubprocessorId: null,
        serviceIds: [services[i % services.length]!.id],
        changeSv: `Bänkleverantör ${i + 1} läggs till.`,
        changeEn: `Bench supplier ${i + 1} is added.`,
        reason: 'Bänktest',
        effectiveDate: addDays(today, 120),
        decidedBy: 'Bänk',
        decision: 'notify',
        decisionNote: '',
        earlyReason: '',
      });
    }
    rows.push(row('change notices: list, 20 notices', size, await timed(() => must(core, 'changeNotices.list', {})), 200, 'median', null));
    rows.push(
      row('change notices: deadlines, 20 notices', size, await timed(() => must(core, 'changeNotices.deadlines', {})), 200, 'median', null),
    );

    // A letter per customer into a folder, with progress events; peak RSS sampled as the agreement batch does.
    const folder = path.join(dir, 'notice-letters');
    fs.mkdirSync(folder, { recursive: true });
    let events = 0;
    let peak = process.memoryUsage().rss;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };
    const off = core.subscribe((event) => {
      if (event === 'task.progressed') {
        events++;
        sample();
      }
    });
    const timer = setInterval(sample, 25);
    const t2 = now();
    const result = await must<NoticeLettersResult>(core, 'changeNotices.letters', { id: n.id, merged: false, folder });
    const lettersMs = now() - t2;
    clearInterval(timer);
    sample();
    off();
    if (!result || result.generated !== ids.length) throw new Error(`letters generated ${result?.generated} of ${ids.length}`);
    rows.push(row(`all ${result.generated} notice letters (${events} progress events)`, size, [lettersMs], 15_000, 'median', null));
    rows.push(row('notice letters peak RSS (MB, not ms)', size, [peak / MB], 400, 'median', null));
    const perLetter = lettersMs / result.generated;
    rows.push(infoRow('notice letters: per letter', size, [perLetter]));
    fs.rmSync(folder, { recursive: true, force: true });
  } finally {
    core.close();
    fs.rmSync(copy, { force: true });
  }
  return rows;
}
