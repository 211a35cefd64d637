// Every kind of record a sheet can be read as, in the order of IMPORT_TARGETS.
import { IMPORT_TARGETS, type ImportTarget } from '../../../../shared/contract/sheet-import';
import type { ImportTargetDef } from '../model';
import { activitiesTarget } from './activities';
import { customersTarget } from './customers';
import { equipmentTarget } from './equipment';
import { retentionRulesTarget } from './retention-rules';
import { servicesTarget } from './services';
import { sitesTarget } from './sites';
import { subprocessorsTarget } from './subprocessors';
import { subscriptionsTarget } from './subscriptions';
import { systemsTarget } from './systems';

const BY_KEY: Record<ImportTarget, ImportTargetDef> = {
  systems: systemsTarget,
  subprocessors: subprocessorsTarget,
  retentionRules: retentionRulesTarget,
  services: servicesTarget,
  activities: activitiesTarget,
  customers: customersTarget,
  subscriptions: subscriptionsTarget,
  sites: sitesTarget,
  equipment: equipmentTarget,
} as Record<ImportTarget, ImportTargetDef>;

export const IMPORT_TARGET_DEFS: readonly ImportTargetDef[] = IMPORT_TARGETS.map((t) => BY_KEY[t]);

export const targetDef = (key: ImportTarget): ImportTargetDef => BY_KEY[key];
