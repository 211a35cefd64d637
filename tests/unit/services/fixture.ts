// A small register for the service tests: built-in terms and measures (seeded by the schema),
// sub-processors in Sweden, Germany and the US, a retention rule, a system and customers, all
// entered through the contract as the app would.
import type { Core } from '../../../electron/core/core';
import type { ServiceFields, SubprocessorFields } from '../../../shared/contract';
import { blankCustomer, coreWithRegister, ok } from '../helpers';

export const subprocessor = (
  name: string,
  country: string,
  transferMechanism: SubprocessorFields['transferMechanism'],
): SubprocessorFields => ({
  name,
  orgNr: '',
  country,
  address: '',
  website: '',
  contactName: '',
  contactEmail: '',
  serviceDescription: '',
  dataProcessed: '',
  processingLocations: '',
  transferMechanism,
  sccModule: transferMechanism === 'scc_2021_914' ? 'P2P' : null,
  transferNotes: '',
  agreementDate: '2024-01-01',
  agreementNotes: '',
  status: 'active',
  notes: '',
});

export async function serviceRegister(options: { now?: Date } = {}) {
  const { core } = await coreWithRegister(options);
  const terms = await ok(core, 'vocabularies.list', {});
  const term = (kind: string, code: string) => {
    const t = terms.find((x) => x.kind === kind && x.code === code);
    if (!t) throw new Error(`no term ${kind}/${code}`);
    return t.id;
  };
  const measures = await ok(core, 'securityMeasures.list', {});
  const measure = (code: string) => measures.find((m) => m.code === code)!;
  for (const code of ['TECH_BACKUP', 'TECH_ENC_REST', 'TECH_MFA']) {
    const m = measure(code);
    await ok(core, 'securityMeasures.update', {
      id: m.id,
      revision: m.revision,
      fields: { category: m.category, labelSv: m.labelSv, labelEn: m.labelEn, status: 'implemented', note: '' },
    });
  }
  const se = await ok(core, 'subprocessors.create', subprocessor('Mälardalens Datacenter AB', 'SE', 'none_eea'));
  const de = await ok(core, 'subprocessors.create', subprocessor('Sicherung GmbH', 'DE', 'none_eea'));
  const us = await ok(core, 'subprocessors.create', subprocessor('Remote Watch Inc.', 'US', 'adequacy_us_dpf'));
  const rule = await ok(core, 'retentionRules.create', {
    nameSv: 'Säkerhetskopior',
    nameEn: 'Backups',
    storageLocation: 'Backup-lagring',
    purpose: 'Återställning',
    anchorKind: 'created',
    anchorEvent: null,
    roundAnchorTo: 'none',
    duration: 'P30D',
    inclusive: true,
    backupLag: null,
    action: 'delete',
    legalMinimumDuration: null,
    legalMinimumSource: '',
    legalBasisRef: '',
    legalHoldAllowed: true,
    policySv: '',
    policyEn: '',
  });
  const system = await ok(core, 'systems.create', {
    name: 'Backup-lagring',
    kind: 'backup',
    hosting: 'cloud',
    country: 'DE',
    location: 'Frankfurt',
    subprocessorId: de.id,
    supplierName: '',
    notes: '',
  });

  const backup: ServiceFields = {
    name: 'Backup',
    subjectMatter: 'Säkerhetskopiering av kundens servrar och Microsoft 365',
    purpose: 'Att kunna återställa kundens data efter fel, misstag eller angrepp',
    nature: ['storage', 'retrieval', 'erasure'],
    processingTermIds: [term('processing', 'backup')],
    personalDataTermIds: [term('personal_data', 'identity'), term('personal_data', 'communication_content')],
    dataSubjectTermIds: [term('data_subject', 'customer_end_user')],
    specialCategories: [],
    subprocessorIds: [de.id, se.id],
    systemIds: [system.id],
    measureIds: [measure('TECH_BACKUP').id, measure('TECH_ENC_REST').id, measure('TECH_PENTEST').id],
    endOfContractAction: 'return_then_delete',
    retentionRuleId: rule.id,
    status: 'active',
    notes: '',
  };

  const customer = async (name: string, contact?: { name: string; role: string; email: string }) =>
    ok(core, 'customers.create', {
      ...blankCustomer,
      name,
      contactPersons: contact ? [{ ...contact, phone: '' }] : [],
    });

  return { core, term, measure, se, de, us, rule, system, backup, customer };
}

export type ServiceRegister = Awaited<ReturnType<typeof serviceRegister>>;

export function subscriptionFor(customerId: number, serviceId: number, startDate = '2025-01-01', endDate: string | null = null) {
  return {
    customerId,
    serviceId,
    startDate,
    endDate,
    notes: '',
    addedTermIds: [],
    removedTermIds: [],
    addedSubprocessorIds: [],
    removedSubprocessorIds: [],
  };
}

export async function subscribe(
  core: Core,
  customerId: number,
  serviceId: number,
  startDate = '2025-01-01',
  endDate: string | null = null,
) {
  return ok(core, 'subscriptions.create', subscriptionFor(customerId, serviceId, startDate, endDate));
}
