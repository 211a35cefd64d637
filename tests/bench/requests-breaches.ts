// Requests and breaches (issue 16): the two registers' lists on a copy of the reference register
// with 5,000 requests and 500 breaches (each breach linked to devices and sites of a few
// customers, some to a whole service), and the breach page of one linked to many devices.
// quality.md: the first page of any list ≤ 150 ms; a list filter takes the same budget here (the
// UI's 100 ms per keystroke includes the render). Floors: the raw SELECT of the same page.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import {
  emptyBreach,
  emptyDsrRequest,
  type Breach,
  type DsrRequest,
  type EquipmentSummary,
  type MethodOutput,
  type Service,
} from '../../shared/contract';
import { addDays } from '../../shared/dates';
import { infoRow, median, must, newCore, now, row, RUNS, timed, type Row } from './kit';

const REQUESTS = 5000;
const BREACHES = 500;
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const;
const NAMES = ['Anna Lindqvist', 'Björn Åkesson', 'Cecilia Öberg', 'David Nilsson', 'Eva Sjöström', 'Fredrik Ek'];

/** The raw SELECT of a page: the floor beside a list. */
function floor(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    const stmt = db.prepare(sql);
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t0 = now();
      stmt.all();
      if (i > 0) times.push(now() - t0);
    }
    return median(times);
  } finally {
    db.close();
  }
}

export async function benchRequestsBreaches(dir: string, file: string, size: number): Promise<Row[]> {
  const copy = path.join(dir, `requests-breaches-${size}.forteckna`);
  fs.copyFileSync(file, copy);
  const core = newCore(dir);
  const rows: Row[] = [];
  try {
    await must(core, 'register.open', { path: copy });
    const today = new Date().toISOString().slice(0, 10);

    // 5,000 requests over two years, most of them answered; the rest open, some overdue.
    const t0 = now();
    for (let i = 0; i < REQUESTS; i++) {
      const receivedOn = addDays(today, -((i * 7919) % 730));
      const open = i % 5 === 0;
      await must<DsrRequest>(core, 'requests.create', {
        ...emptyDsrRequest,
        right: RIGHTS[i % RIGHTS.length],
        receivedOn,
        requesterName: `${NAMES[i % NAMES.length]} ${i}`,
        requesterContact: `person${i}@example.se`,
        identity: 'verified',
        identityMethod: 'BankID',
        identityCheckedOn: receivedOn,
        status: open ? 'in_progress' : 'answered',
        outcome: open ? null : 'granted',
        answeredOn: open ? null : addDays(receivedOn, 10),
      });
    }
    rows.push(infoRow(`requests.create × ${REQUESTS.toLocaleString('sv-SE')} (s total)`, size, [(now() - t0) / 1000]));

    const list = (input: Record<string, unknown>) => must<MethodOutput<'requests.list'>>(core, 'requests.list', input);
    const firstOpen = await list({});
    if (firstOpen.rows.length === 0) throw new Error('no open requests: nothing was measured');
    const requestFloor = floor(copy, 'SELECT * FROM dsr_requests WHERE answered_on IS NULL ORDER BY due_on, id LIMIT 100');
    rows.push(row(`requests list, first page of ${firstOpen.total} open`, size, await timed(() => list({})), 150, 'median', requestFloor));
    rows.push(row('requests list, all, first page', size, await timed(() => list({ filter: 'all' })), 150, 'median', requestFloor));
    rows.push(row('requests list, overdue', size, await timed(() => list({ filter: 'overdue' })), 150, 'median', null));
    rows.push(
      row('requests list, search "åkes" in all', size, await timed(() => list({ filter: 'all', search: 'åkes' })), 150, 'median', null),
    );
    rows.push(row('requests.deadlines (open)', size, await timed(() => must(core, 'requests.deadlines', {})), 150, 'median', null));

    // 500 breaches: stolen devices at customers' sites, and every tenth over a whole service.
    const devices = await must<{ items: EquipmentSummary[] }>(core, 'equipment.list', { limit: 1000 });
    const services = await must<Service[]>(core, 'services.list', {});
    if (devices.items.length === 0 || services.length === 0) throw new Error('the reference register has no devices or services');
    const discovered = new Date(Date.now() - 30 * 24 * 3600e3);
    for (let i = 0; i < BREACHES; i++) {
      const picked = [0, 1, 2].map((k) => devices.items[(i * 13 + k * 101) % devices.items.length]!);
      await must<Breach>(core, 'breaches.create', {
        ...emptyBreach,
        title: `Stulen dator ${i}`,
        ourRole: i % 3 === 0 ? 'controller' : 'processor',
        discoveredAt: new Date(discovered.getTime() + i * 3600e3).toISOString(),
        cause: 'lost_stolen_device',
        breachTypes: ['confidentiality'],
        description: 'En bärbar dator stals ur en bil.',
        equipmentIds: picked.map((d) => d.id),
        siteIds: [...new Set(picked.map((d) => d.siteId).filter((s): s is number => s !== null))],
        serviceIds: i % 10 === 0 ? [services[i % services.length]!.id] : [],
        closedOn: i % 2 === 0 ? today : null,
      });
    }
    const breaches = (input: Record<string, unknown>) => must<MethodOutput<'breaches.list'>>(core, 'breaches.list', input);
    const breachFloor = floor(copy, 'SELECT * FROM breaches WHERE closed_on IS NULL ORDER BY discovered_at, id LIMIT 100');
    rows.push(row('breaches list, first page (open)', size, await timed(() => breaches({})), 150, 'median', breachFloor));
    rows.push(row('breaches list, all, first page', size, await timed(() => breaches({ filter: 'all' })), 150, 'median', null));
    rows.push(
      row('breaches list, search "dator 4"', size, await timed(() => breaches({ filter: 'all', search: 'dator 4' })), 150, 'median', null),
    );
    rows.push(row('breaches.clocks', size, await timed(() => must(core, 'breaches.clocks', {})), 150, 'median', null));

    // One breach over 1,000 devices (a whole fleet): its page.
    const fleet = await must<Breach>(core, 'breaches.create', {
      ...emptyBreach,
      title: 'Intrång i fjärrstyrningsverktyget',
      ourRole: 'processor',
      discoveredAt: new Date(Date.now() - 3600e3).toISOString(),
      cause: 'hacking',
      description: 'Obehörig åtkomst till verktyget för fjärrstyrning av kundernas datorer.',
      equipmentIds: devices.items.map((d) => d.id),
    });
    rows.push(
      row(
        `breaches.get, ${devices.items.length} devices, ${fleet.customers.length} customers`,
        size,
        await timed(() => must(core, 'breaches.get', { id: fleet.id })),
        150,
        'median',
        null,
      ),
    );
    return rows;
  } finally {
    core.close();
  }
}
