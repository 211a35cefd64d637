import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../../renderer/app/areas';
import { FEATURES } from '../../renderer/app/features';
import { paths } from '../../renderer/app/paths';
import { hitPath } from '../../renderer/features/search/SearchBox';
import {
  emptyActivity,
  emptyBreach,
  emptyChangeNotice,
  emptyDsrRequest,
  emptyEquipment,
  emptyService,
  emptySubprocessor,
  SEARCH_KINDS,
  type SearchHit,
} from '../../shared/contract';
import { createHarness, openTestRegister, renderApp, type Harness } from './harness';

// The feature manifests are the one place features register; these check that what they
// declare works: every route renders a page, every nav entry has its words, every hit opens.

const NOT_FOUND = 'Sidan finns inte';

let h: Harness;
/** Where to open a route that needs a record (created through the contract), by pattern. */
let at: Record<string, string>;
/** A record of each search hit kind. */
let hits: Record<SearchHit['kind'], number>;

beforeAll(async () => {
  h = createHarness();
  await openTestRegister(h);
  const org = await h.call('organisation.get', {});
  await h.call('organisation.update', {
    ...org,
    orgNr: '5566778899',
    address: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: 'Sverige' },
    email: 'info@test.se',
    signatoryName: 'Anna Ek',
    signatoryTitle: 'VD',
  });
  const customer = await h.call('customers.create', {
    name: 'Kund AB',
    orgNr: '556677-8899',
    visitingAddress: { street: '', postalCode: '', city: 'Örebro', country: '' },
    invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
    invoiceSameAsVisiting: true,
    contactPersons: [],
    dpo: { name: '', email: '', phone: '' },
    contractStart: null,
    contractEnd: null,
    status: 'active',
    notes: '',
  });
  const activity = await h.call('activities.create', { ...emptyActivity, name: 'Löneadministration' });
  const service = await h.call('services.create', { ...emptyService, name: 'Drift' });
  const subprocessor = await h.call('subprocessors.create', { ...emptySubprocessor, name: 'Hosting AB' });
  const system = await h.call('systems.create', {
    name: 'Övervakning',
    kind: 'monitoring',
    hosting: 'office_server',
    country: 'SE',
    location: '',
    subprocessorId: null,
    supplierName: '',
    notes: '',
  });
  const equipment = await h.call('equipment.create', {
    customerId: customer.id,
    siteId: null,
    fields: { ...emptyEquipment, model: 'NAS' },
  });
  const defaults = await h.call('agreements.defaults', { customerId: customer.id });
  const agreement = await h.call('agreements.generate', { ...defaults, customerId: customer.id });
  const notice = await h.call('changeNotices.create', {
    ...emptyChangeNotice,
    subprocessorId: subprocessor.id,
    serviceIds: [service.id],
    decision: 'pending',
  });
  const request = await h.call('requests.create', { ...emptyDsrRequest, receivedOn: '2026-11-02', requesterName: 'Anna Svensson' });
  const breach = await h.call('breaches.create', { ...emptyBreach, title: 'Stulen dator', discoveredAt: '2026-11-20T08:00:00Z' });
  at = {
    [paths.activities.pattern]: paths.activities.one(activity.id),
    [paths.customers.pattern]: paths.customers.one(customer.id),
    [paths.services.pattern]: paths.services.one(service.id),
    [paths.subprocessors.pattern]: paths.subprocessors.one(subprocessor.id),
    [paths.agreements.pattern]: paths.agreements.one(agreement.id),
    [paths.changeNotices.pattern]: paths.changeNotices.one(notice.id),
    [paths.equipment.new]: paths.equipment.newFor(customer.id),
    [paths.equipment.pattern]: paths.equipment.one(equipment.id),
    [paths.requests.pattern]: paths.requests.one(request.id),
    [paths.breaches.pattern]: paths.breaches.one(breach.id),
  };
  hits = {
    customer: customer.id,
    activity: activity.id,
    service: service.id,
    subprocessor: subprocessor.id,
    system: system.id,
    equipment: equipment.id,
    dsrRequest: request.id,
    breach: breach.id,
  };
}, 30_000);
afterAll(() => h.dispose());

const routes = FEATURES.flatMap((feature) => (feature.routes ?? []).map((route) => route.path));

/** Renders the app at a path and expects a page's own heading, not the not-found page. */
async function expectPage(path: string) {
  renderApp(path);
  const headings = await screen.findAllByRole('heading', { level: 1 });
  expect(headings.map((heading) => heading.textContent)).not.toContain(NOT_FOUND);
  expect(headings[0]).not.toBeEmptyDOMElement();
}

describe('feature manifests', () => {
  it('declare each route and each key once', () => {
    expect(new Set(routes).size).toBe(routes.length);
    const keys = FEATURES.map((feature) => feature.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keep the navigation in the order of product.md §3', () => {
    expect(AREAS.map((area) => area.key)).toEqual([
      'dashboard',
      'activities',
      'customers',
      'services',
      'processorRegister',
      'subprocessors',
      'changeNotices',
      'agreements',
      'sites',
      'systems',
      'measures',
      'retention',
      'documents',
      'requests',
      'history',
      'vocabularies',
      'organisation',
    ]);
  });

  it('give every navigation entry its words in Swedish and English', () => {
    for (const feature of FEATURES.filter((f) => f.nav)) {
      expect(feature.texts.sv[`area.${feature.key}`], feature.key).toBeTruthy();
      expect(feature.texts.en[`area.${feature.key}`], feature.key).toBeTruthy();
    }
  });

  it('still show the not-found page for an unknown address', async () => {
    renderApp('/finns-inte');
    expect(await screen.findByRole('heading', { name: NOT_FOUND })).toBeInTheDocument();
  });

  it.each(routes)('render a page at %s', async (pattern) => {
    if (pattern.includes(':')) expect(at[pattern], `a record to open ${pattern} with`).toBeDefined();
    await expectPage(at[pattern] ?? pattern);
  });

  it.each(SEARCH_KINDS)('open a search hit of kind %s on a page', async (kind) => {
    await expectPage(hitPath({ kind, id: hits[kind] }));
  });
});
