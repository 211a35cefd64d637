import fs from 'node:fs';
import path from 'node:path';
import type { PurgeList, RetentionRule } from '../../shared/contract';
import { must, newCore, now, row, RUNS, type Row } from './kit';

/** The day the list is taken for: the reference register is written as of 2026-01-15. */
const ON = '2027-06-01';

/**
 * Bench scenarios of this feature (quality.md budgets), on the reference register at `file`:
 * the purge list (≤ 200 ms median), on a copy whose CMDB and customer-data rules are applied to
 * the register's own sites, equipment and contact persons, with a rule for terminated agreements.
 */
export async function benchPurge(dir: string, file: string, size: number): Promise<Row[]> {
  const copy = path.join(dir, `purge-${path.basename(file)}`);
  fs.copyFileSync(file, copy);
  const core = newCore(dir);
  try {
    await must(core, 'register.open', { path: copy });
    const rules = await must<RetentionRule[]>(core, 'retentionRules.list', {});
    const apply = async (nameSv: string, appliesTo: string[]) => {
      const rule = rules.find((r) => r.nameSv === nameSv);
      if (!rule) throw new Error(`the reference register has no rule "${nameSv}"`);
      await must(core, 'retentionRules.update', { id: rule.id, revision: rule.revision, fields: { ...rule, appliesTo } });
    };
    await apply('CMDB', ['site', 'equipment']);
    await apply('Kunduppgifter', ['contact_person']);
    await must(core, 'retentionRules.create', {
      nameSv: 'Uppsagda PUB-avtal',
      nameEn: '',
      storageLocation: '',
      purpose: '',
      anchorKind: 'event',
      anchorEvent: 'agreement_terminated',
      roundAnchorTo: 'none',
      duration: 'P10Y',
      inclusive: true,
      backupLag: null,
      action: 'delete',
      legalMinimumDuration: null,
      legalMinimumSource: '',
      legalBasisRef: '',
      legalHoldAllowed: true,
      policySv: '',
      policyEn: '',
      appliesTo: ['agreement'],
    });

    const times: number[] = [];
    let items = 0;
    for (let i = 0; i <= RUNS; i++) {
      const t0 = now();
      const list = await must<PurgeList>(core, 'purge.list', { on: ON, horizonDays: 90 });
      const t = now() - t0;
      items = list.items.length;
      if (i > 0) times.push(t); // the first run warms the page cache and the prepared statements
    }
    if (items === 0) throw new Error('the purge list of the reference register is empty: nothing was measured');
    return [row(`purge list (${items.toLocaleString('sv-SE')} items)`, size, times, 200, 'median', null)];
  } finally {
    core.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${copy}${suffix}`, { force: true });
  }
}
