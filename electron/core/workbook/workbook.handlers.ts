import { resolveExportTarget } from '../files/export';
import type { Handlers } from '../handlers';
import { orderedSheets, workbookFileName, workbookService } from './workbook.service';

export const workbookHandlers: Handlers<'workbook.export'> = {
  'workbook.export': async ({ lang, path: given, sheets }, ctx) => {
    const session = ctx.session();
    const target = await resolveExportTarget(ctx, given, workbookFileName(session, lang));
    if (target === null) return null;
    return ctx.tasks.run('Excel', (task) => session.use(workbookService).export({ lang, sheets: orderedSheets(sheets), target }, task));
  },
};
