// The JSON Schema shipped in resources/portable/ is the one generated from the zod row schemas,
// and real exports validate against it with a standard JSON Schema validator.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { portableJsonSchemaText } from '../../../shared/contract';
import { ok } from '../helpers';
import { readJson, sampleCore } from './fixtures';

const COMMITTED = path.resolve(__dirname, '../../../resources/portable/forteckna-register.schema.json');

describe('the JSON Schema of the portable format', () => {
  it('is committed as generated (run `npm run portable:schema` after changing the row schemas)', () => {
    expect(fs.readFileSync(COMMITTED, 'utf8')).toBe(portableJsonSchemaText());
  });

  it('accepts an export of the sample register and refuses a row with a wrong value', async () => {
    const { core, dir } = await sampleCore();
    const exported = await ok(core, 'portable.export', { path: path.join(dir, 'x.json') });
    // Formats are annotations here; the patterns in the schema check dates and timestamps.
    const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(
      JSON.parse(fs.readFileSync(COMMITTED, 'utf8')) as object,
    );
    const doc = readJson(exported!.path);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    doc.tables.customers![0]!.contractStart = '2024-13-01';
    doc.tables.customers![1]!.status = 'sleeping';
    expect(validate(doc)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/tables/customers/0/contractStart', '/tables/customers/1/status']),
    );
  });
});
