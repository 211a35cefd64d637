import path from 'node:path';
import { invalidField } from '../errors';
import type { Handlers } from '../handlers';
import { sheetImportService } from './sheet-import.service';

export const sheetImportHandlers: Handlers<
  'sheetImport.open' | 'sheetImport.preview' | 'sheetImport.columns' | 'sheetImport.rows' | 'sheetImport.commit' | 'sheetImport.discard'
> = {
  'sheetImport.open': async ({ path: given, lang }, ctx) => {
    const session = ctx.session();
    let from = given;
    if (from === undefined) {
      if (!ctx.ports.dialogs?.chooseFileToImport) throw invalidField(['path'], 'v.required');
      from = (await ctx.ports.dialogs.chooseFileToImport('spreadsheet')) ?? undefined;
      if (from === undefined) return null;
    }
    const source = path.resolve(from);
    return ctx.tasks.run('Importera från Excel', (task) => session.use(sheetImportService).open(source, lang, ctx.settings, task));
  },
  'sheetImport.preview': async (input, ctx) => {
    const session = ctx.session();
    return ctx.tasks.run('Förhandsgranska import', (task) => session.use(sheetImportService).preview(input, task));
  },
  'sheetImport.columns': (input, ctx) => ctx.session().use(sheetImportService).columns(input),
  'sheetImport.rows': (input, ctx) => ctx.session().use(sheetImportService).rows(input),
  'sheetImport.commit': async ({ importId }, ctx) => {
    const session = ctx.session();
    return ctx.tasks.run('Importera', (task) => session.use(sheetImportService).commit(importId, ctx.settings, task));
  },
  'sheetImport.discard': ({ importId }, ctx) => {
    ctx.session().use(sheetImportService).discard(importId);
    return {};
  },
};
