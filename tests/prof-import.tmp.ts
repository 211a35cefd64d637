import fs from 'node:fs';
import path from 'node:path';
import { createReferenceFile } from '../electron/core/sample/reference-file';
import { newCore, must } from './bench/kit';
const dir = '/tmp/prof';
const ref = path.join(dir, 'ref.forteckna');
const xlsx = path.join(dir, 'ref.xlsx');
if (!fs.existsSync(xlsx)) {
  await createReferenceFile(ref, { customers: 500, seed: 1, now: new Date('2026-01-15T09:00:00Z'), agreements: true });
  const c = newCore(dir);
  await must(c, 'register.open', { path: ref });
  await must(c, 'workbook.export', { path: xlsx });
  c.close();
}
const target = path.join(dir, `t-${Date.now()}.forteckna`);
const core = newCore(dir);
await must(core, 'register.create', { organisationName: 'P AB', path: target });
let t = Date.now();
const opened: any = await must(core, 'sheetImport.open', { path: xlsx });
console.log('open', Date.now() - t); t = Date.now();
const p: any = await must(core, 'sheetImport.preview', { importId: opened.importId, mappings: opened.mappings });
console.log('preview', Date.now() - t, 'errors', p.errors, 'warnings', p.warnings, JSON.stringify(p.create)); t = Date.now();
await must(core, 'sheetImport.commit', { importId: opened.importId });
console.log('commit', Date.now() - t);
core.close();
