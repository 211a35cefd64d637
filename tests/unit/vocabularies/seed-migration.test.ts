import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRegisterDb } from '../../../electron/core/db/open';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/core/db/migrations';
import { coreWithRegister, ok, testCore } from '../helpers';

// Built-in vocabularies and measures come from migration 0002, so a register made before this
// version gets them when it is first opened.

describe('built-in seeds in migration 0002', () => {
  it('upgrades a schema-1 register: customers kept, seeds added, backup taken', async () => {
    const { core, dir } = testCore();
    const file = path.join(dir, 'gammal.forteckna');
    // A schema-1 file cannot be written through a current core, so this one test uses raw SQL.
    const v1 = openRegisterDb(file, { create: true, migrationList: migrations.slice(0, 1) });
    const t = '2025-01-01T00:00:00.000Z';
    v1.prepare('INSERT INTO organisation (id, name, created_at, updated_at) VALUES (1, ?, ?, ?)').run('Gamla IT AB', t, t);
    v1.prepare('INSERT INTO customers (name, sort_key, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      'Östra Vård AB',
      'ostra vard ab',
      'ostra vard ab',
      t,
      t,
    );
    v1.close();

    const info = await ok(core, 'register.open', { path: file });
    expect(info?.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect((await ok(core, 'customers.list', {})).items.map((c) => c.name)).toEqual(['Östra Vård AB']);

    const terms = await ok(core, 'vocabularies.list', {});
    expect(terms.filter((x) => x.kind === 'data_subject')).toHaveLength(11);
    expect(terms.filter((x) => x.kind === 'personal_data')).toHaveLength(16);
    expect(terms.filter((x) => x.kind === 'recipient')).toHaveLength(9);
    expect(terms.filter((x) => x.kind === 'processing')).toHaveLength(8);
    expect(terms.every((x) => x.builtin && x.code !== null)).toBe(true);

    const measures = await ok(core, 'securityMeasures.list', {});
    expect(measures).toHaveLength(18 + 27 + 4);
    expect(measures.every((m) => m.status === 'planned' && m.builtin)).toBe(true);

    expect(fs.readdirSync(dir).filter((f) => f.includes('säkerhetskopia schema 1'))).toHaveLength(1);
  });

  it('gives a new register the full §5 catalogue in category order with the ids of the spec', async () => {
    const { core } = await coreWithRegister();
    const measures = await ok(core, 'securityMeasures.list', {});
    const codes = measures.map((m) => m.code);
    expect(codes.slice(0, 3)).toEqual(['ORG_POLICY', 'ORG_ROLES', 'ORG_RISK']);
    expect(codes).toEqual(
      expect.arrayContaining([
        'ORG_CLEAN_DESK',
        'TECH_MFA',
        'TECH_ENC_REST',
        'TECH_RESTORE_TEST',
        'TECH_PORTABILITY',
        'PHYS_CUSTOMER_SITE',
      ]),
    );
    const categories = measures.map((m) => m.category);
    expect(categories.indexOf('technical')).toBe(18);
    expect(categories.lastIndexOf('technical')).toBe(18 + 27 - 1);
    expect(categories.slice(-4)).toEqual(['physical', 'physical', 'physical', 'physical']);
    expect(measures.find((m) => m.code === 'TECH_MFA')!.labelSv).toMatch(/^Flerfaktorsautentisering/);
    expect(measures.every((m) => m.labelSv !== '' && m.labelEn !== '')).toBe(true);
  });
});
