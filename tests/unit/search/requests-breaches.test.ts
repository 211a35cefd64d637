// Search everywhere finds requests from data subjects and breaches (issue 16): by the requester,
// the customer, the text of the request; by a breach's title, description, cause and customers.
import { describe, expect, it } from 'vitest';
import { emptyBreach, emptyDsrRequest } from '../../../shared/contract';
import { blankCustomer, coreWithRegister, ok } from '../helpers';

async function seeded() {
  const { core } = await coreWithRegister();
  const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Östra Mälardalens Vård AB' });
  const request = await ok(core, 'requests.create', {
    ...emptyDsrRequest,
    requesterName: 'Åsa Öberg',
    requesterContact: 'asa.oberg@example.se',
    requestText: 'Radera mina uppgifter i journalsystemet.',
    right: 'erasure',
    receivedOn: '2026-11-10',
    ourRole: 'processor',
    customerId: customer.id,
  });
  const breach = await ok(core, 'breaches.create', {
    ...emptyBreach,
    title: 'Stulen bärbar dator, Ängshagen',
    description: 'Datorn stals ur en bil under natten.',
    discoveredAt: '2026-11-20T21:30:00.000Z',
    cause: 'lost_stolen_device',
    ourRole: 'processor',
    customerIds: [customer.id],
  });
  return { core, customer, request, breach };
}

const group = async (core: Awaited<ReturnType<typeof seeded>>['core'], query: string, kind: string) =>
  (await ok(core, 'search.all', { query })).groups.find((g) => g.kind === kind);

describe('search: requests and breaches', () => {
  it('finds a request by the requester without diacritics, with its right, date, customer and status beside it', async () => {
    const { core, request } = await seeded();
    const hits = await group(core, 'asa oberg', 'dsrRequest');
    expect(hits?.total).toBe(1);
    expect(hits?.hits[0]).toEqual({
      kind: 'dsrRequest',
      id: request.id,
      title: 'Begäran från Åsa Öberg',
      detail: 'Radering (art. 17) · mottagen 2026-11-10 · Östra Mälardalens Vård AB · Mottagen',
    });
    // By what was asked and by the customer's name too.
    expect((await group(core, 'journalsystemet', 'dsrRequest'))?.total).toBe(1);
    expect((await group(core, 'ostra malardalens', 'dsrRequest'))?.total).toBe(1);
  });

  it('finds a breach by title, description, cause (in either language) and the customer named, in Swedish time', async () => {
    const { core, breach } = await seeded();
    const hits = await group(core, 'angshagen', 'breach');
    expect(hits?.hits[0]).toEqual({
      kind: 'breach',
      id: breach.id,
      title: 'Stulen bärbar dator, Ängshagen',
      // 21:30 UTC on 20 November is 22:30 in Stockholm.
      detail: 'upptäckt 2026-11-20 22:30 · som personuppgiftsbiträde',
    });
    for (const query of ['stals ur en bil', 'stolen device', 'östra mälardalens'])
      expect((await group(core, query, 'breach'))?.total, query).toBe(1);
  });

  it('lists requests and breaches after the other kinds, and leaves them out when nothing matches', async () => {
    const { core } = await seeded();
    const kinds = (await ok(core, 'search.all', { query: 'östra' })).groups.map((g) => g.kind);
    expect(kinds).toEqual(['customer', 'dsrRequest', 'breach']);
    expect((await ok(core, 'search.all', { query: 'ingenting sådant' })).groups).toEqual([]);
  });

  it('in English: the words beside the hit are English', async () => {
    const { core } = await seeded();
    await ok(core, 'settings.setLanguage', { language: 'en' });
    expect((await group(core, 'åsa', 'dsrRequest'))?.hits[0]).toMatchObject({
      title: 'Request from Åsa Öberg',
      detail: 'Erasure (Art. 17) · received 2026-11-10 · Östra Mälardalens Vård AB · Received',
    });
    expect((await group(core, 'ängshagen', 'breach'))?.hits[0]?.detail).toBe('discovered 2026-11-20 22:30 · as processor');
  });
});
