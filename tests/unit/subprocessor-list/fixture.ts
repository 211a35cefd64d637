// A register for the public sub-processor list (and the change-notice CLI): two active services
// and an archived one, sub-processors in Sweden, Norway, the US and a region, one terminated, one
// with nothing but its name, and an announced addition to Backup. Everything through the contract.
import { emptyService, type ChangeNotice, type ServiceFields, type SubprocessorFields } from '../../../shared/contract';
import { blankCustomer, coreWithRegister, ok } from '../helpers';
import { subprocessor, subscriptionFor } from '../services/fixture';

export const EFFECTIVE = '2027-02-01';

const sub = (
  name: string,
  country: string,
  mechanism: SubprocessorFields['transferMechanism'],
  extra: Partial<SubprocessorFields> = {},
) => ({
  ...subprocessor(name, country, mechanism),
  ...extra,
});

export async function listRegister(options: { now?: Date; hostile?: string } = {}) {
  const { core, dir, info } = await coreWithRegister(options);
  const create = (fields: SubprocessorFields) => ok(core, 'subprocessors.create', fields);
  const storage = await create(
    sub('Östgöta Lagring AB', 'SE', 'none_eea', {
      orgNr: '556000-1111',
      serviceDescription: 'Lagring av säkerhetskopior',
      processingLocations: 'Linköping och Norrköping',
    }),
  );
  const acme = await create(
    sub('Acme Cloud Inc.', 'US', 'scc_2021_914', {
      orgNr: 'EIN 12-3456789',
      serviceDescription: 'Molnplattform för övervakning',
      processingLocations: 'Virginia, USA',
    }),
  );
  // Nothing but its name and place: the list leaves the rest empty.
  const bergen = await create(sub('Bergen Drift AS', 'NO', 'none_eea'));
  const region = await create(
    sub('Nordic Edge Oy', 'FI', 'none_eea', {
      locationKind: 'region',
      regionName: 'norden',
      regionInEea: true,
      serviceDescription: 'Nätverk för innehållsleverans',
    }),
  );
  const ended = await create(
    sub('Avslutad Leverantör AB', 'SE', 'none_eea', { status: 'terminated', serviceDescription: 'Tidigare lagring' }),
  );
  const archivedOnly = await create(sub('Arkivtjänst Sverige AB', 'SE', 'none_eea', { serviceDescription: 'Arkivering' }));
  const newcomer = await create(
    sub('Neue Sicherung GmbH', 'DE', 'none_eea', {
      orgNr: 'HRB 98765',
      serviceDescription: options.hostile ?? 'Andra lagringsplats för säkerhetskopior',
      processingLocations: 'Frankfurt',
    }),
  );
  if (options.hostile) {
    await ok(core, 'subprocessors.update', {
      id: acme.id,
      revision: acme.revision,
      fields: {
        ...sub(`Acme ${options.hostile}`, 'US', 'scc_2021_914'),
        orgNr: options.hostile.slice(0, 50),
        serviceDescription: options.hostile,
        processingLocations: options.hostile,
      },
    });
  }

  const service = (name: string, subprocessorIds: number[], status: ServiceFields['status'] = 'active') =>
    ok(core, 'services.create', { ...emptyService, name, subprocessorIds, status });
  const backup = await service('Backup', [storage.id, acme.id, ended.id]);
  const drift = await service('Drift och övervakning', [acme.id, bergen.id, region.id]);
  const archived = await service('Gammal tjänst', [archivedOnly.id], 'archived');

  const customer = await ok(core, 'customers.create', { ...blankCustomer, name: 'Kund AB' });
  const other = await ok(core, 'customers.create', { ...blankCustomer, name: 'Annan Kund AB' });
  await ok(core, 'subscriptions.create', subscriptionFor(customer.id, backup.id));
  await ok(core, 'subscriptions.create', subscriptionFor(other.id, backup.id));

  /** Adds Neue Sicherung to Backup; the core proposes a notice, decided here: notify, from EFFECTIVE. */
  async function announce(): Promise<ChangeNotice> {
    const s = await ok(core, 'services.get', { id: backup.id });
    await ok(core, 'services.update', {
      id: s.id,
      revision: s.revision,
      fields: { ...emptyService, name: s.name, status: s.status, subprocessorIds: [...s.subprocessors.map((x) => x.id), newcomer.id] },
    });
    const open = await ok(core, 'changeNotices.list', { open: true });
    const proposed = await ok(core, 'changeNotices.get', { id: open.find((n) => n.state === 'proposed')!.id });
    return ok(core, 'changeNotices.update', {
      id: proposed.id,
      revision: proposed.revision,
      fields: { ...proposed.fields, decision: 'notify', effectiveDate: EFFECTIVE, decidedBy: 'Anna Ek', reason: 'En andra lagringsplats' },
    });
  }

  return {
    core,
    dir,
    file: info.path,
    subs: { storage, acme, bergen, region, ended, archivedOnly, newcomer },
    services: { backup, drift, archived },
    customers: { customer, other },
    announce,
  };
}
