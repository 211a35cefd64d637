// The workbook's request log and breach log (issue 16), read back as a spreadsheet program would:
// what a supervisor asks to see — the deadlines and how they were met, the Art. 33(5) facts.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyBreach, emptyDsrRequest } from '../../../shared/contract';
import { blankCustomer, coreWithRegister, ok } from '../helpers';
import { column, readWorkbook } from './read';

const text = (cell: { value: unknown }) => (cell.value === null || cell.value === undefined ? '' : String(cell.value));
const day = (cell: { value: unknown }) => (cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : text(cell));

async function register() {
  const { core, dir } = await coreWithRegister();
  const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Köpings Bygg AB' });
  // Today is 2026-11-22: received 2026-09-01, told of the extension 2026-09-20 (in time): due 2026-12-01.
  await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    requesterName: 'Anna Svensson',
    receivedOn: '2026-09-01',
    identity: 'verified',
    identityMethod: 'BankID',
    identityCheckedOn: '2026-09-02',
    identityCheckedBy: 'Karin Ödman',
    extensionReason: 'Uppgifter i många system',
    extensionNotifiedOn: '2026-09-20',
    status: 'in_progress',
  });
  // Received 2026-10-05, answered 2026-11-10: after the first month (2026-11-05), so the deadline was missed.
  await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    requesterName: 'Bo Ek',
    right: 'erasure',
    receivedOn: '2026-10-05',
    status: 'answered',
    outcome: 'granted',
    answeredOn: '2026-11-10',
    recipientsNotifiedOn: '2026-11-11',
    recipientsNote: 'Lönebyrån underrättad',
  });
  await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    requesterName: 'Cecilia Öst',
    receivedOn: '2026-11-18',
    ourRole: 'processor',
    customerId: customer.id,
    status: 'forwarded',
    forwardedOn: '2026-11-18',
    customerInstruction: 'Kunden svarar själv.',
  });
  await ok(core, 'breaches.create', {
    ...emptyBreach,
    title: 'Stulen bärbar dator',
    ourRole: 'processor',
    discoveredAt: '2026-11-20T21:30:00.000Z',
    breachTypes: ['confidentiality', 'availability'],
    cause: 'lost_stolen_device',
    customerIds: [customer.id],
    approxSubjects: 40,
    risk: 'risk',
    measuresTaken: 'Datorn spärrad och fjärrensad.',
  });
  await ok(core, 'breaches.create', {
    ...emptyBreach,
    title: 'Felskickad lönespecifikation',
    discoveredAt: '2026-06-01T07:00:00.000Z',
    cause: 'misdirected_email',
    risk: 'no_risk',
    riskRationale: 'Mottagaren raderade mejlet samma dag.',
    closedOn: '2026-06-03',
  });
  return { core, dir };
}

describe('workbook: requests and breaches', () => {
  it('has a request log: received, right, identity, deadline, extension, how the deadline went, answer and Art. 19 notice', async () => {
    const { core, dir } = await register();
    const file = path.join(dir, 'requests.xlsx');
    await ok(core, 'workbook.export', { path: file, sheets: ['requests', 'breaches'] });
    const sheets = await readWorkbook(file);
    expect(sheets.map((s) => s.name)).toEqual(['Begäranden', 'Incidenter']);
    const requests = sheets[0]!;
    expect(requests.title).toContain('Begäranden från registrerade');
    // Oldest first.
    expect(column(requests, 'Från').map(text)).toEqual(['Anna Svensson', 'Bo Ek', 'Cecilia Öst']);
    expect(column(requests, 'Mottagen').map(day)).toEqual(['2026-09-01', '2026-10-05', '2026-11-18']);
    expect(column(requests, 'Rättighet').map(text)).toEqual([
      'Tillgång – registerutdrag (art. 15)',
      'Radering (art. 17)',
      'Tillgång – registerutdrag (art. 15)',
    ]);
    expect(text(column(requests, 'Identitetskontroll')[0]!)).toBe('Kontrollerad 2026-09-02 av Karin Ödman: BankID');
    expect(column(requests, 'Frist').map(day)).toEqual(['2026-12-01', '2026-11-05', '2026-12-18']);
    expect(day(column(requests, 'Förlängd till')[0]!)).toBe('2026-12-01');
    expect(text(column(requests, 'Förlängning: skäl och besked')[0]!)).toBe('Uppgifter i många system; besked 2026-09-20');
    expect(column(requests, 'Fristen').map(text)).toEqual(['Pågår (9 dagar kvar)', 'Överskreds', 'Hölls']);
    expect(text(column(requests, 'Kund (personuppgiftsansvarig)')[2]!)).toBe('Köpings Bygg AB');
    expect(text(column(requests, 'Kundens instruktion')[2]!)).toBe('Kunden svarar själv.');
    expect(day(column(requests, 'Besvarad')[1]!)).toBe('2026-11-10');
    expect(text(column(requests, 'Besked till mottagare (art. 19)')[1]!)).toBe('2026-11-11: Lönebyrån underrättad');
  });

  it('has the breach log (Art. 33(5)): newest first, in Swedish time, with customers, types, risk and measures', async () => {
    const { core, dir } = await register();
    const file = path.join(dir, 'breaches.xlsx');
    await ok(core, 'workbook.export', { path: file, lang: 'en', sheets: ['breaches'] });
    const [breaches] = await readWorkbook(file);
    expect(breaches!.name).toBe('Breaches');
    expect(column(breaches!, 'Breach').map(text)).toEqual(['Stulen bärbar dator', 'Felskickad lönespecifikation']);
    // 21:30 UTC is 22:30 in Stockholm in November; 07:00 UTC is 09:00 in June (summer time).
    expect(column(breaches!, 'Discovered').map(text)).toEqual(['2026-11-20 22:30', '2026-06-01 09:00']);
    expect(text(column(breaches!, 'Type')[0]!).split('\n')).toEqual([
      'Confidentiality (unauthorised access or disclosure)',
      'Availability (data lost or unavailable)',
    ]);
    expect(text(column(breaches!, 'Customers affected')[0]!)).toBe('Köpings Bygg AB');
    expect(column(breaches!, 'Risk').map(text)).toEqual(['Risk', 'No likely risk']);
    expect(text(column(breaches!, 'Assessment')[1]!)).toBe('Mottagaren raderade mejlet samma dag.');
    expect(column(breaches!, 'Data subjects (approx.)')[0]!.value).toBe(40);
    expect(text(column(breaches!, 'Measures taken')[0]!)).toBe('Datorn spärrad och fjärrensad.');
    expect(column(breaches!, 'Closed').map(day)).toEqual(['', '2026-06-03']);
  });
});
