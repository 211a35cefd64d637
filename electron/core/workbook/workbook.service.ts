import { WORKBOOK_SHEETS, type WorkbookSheet } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import type { Session } from '../session';
import type { TaskHandle } from '../tasks';
import { workbookWords } from './workbook.words';
import { createWorkbookRows, type SheetData } from './workbook.rows';
import { writeWorkbook } from './workbook.writer';

/** The file name offered for the workbook, e.g. "Registerförteckning Exempel IT AB 2026-11-22.xlsx". */
export function workbookFileName(session: Session, lang: Language): string {
  return `${workbookWords[lang].title} ${session.organisation.get().name} ${session.today()}.xlsx`;
}

/** The chosen sheets without repeats, in workbook order. */
export function orderedSheets(chosen: readonly WorkbookSheet[] | undefined): WorkbookSheet[] {
  return chosen ? WORKBOOK_SHEETS.filter((s) => chosen.includes(s)) : [...WORKBOOK_SHEETS];
}

/** Everything the workbook shows, read in one go so the file is one consistent state of the register. */
export function readWorkbook(session: Session, lang: Language, sheets: readonly WorkbookSheet[]): SheetData[] {
  const rows = createWorkbookRows(session, lang);
  return session.tx(() => sheets.map((s) => rows.read(s)));
}

export function createWorkbookService(session: Session) {
  return {
    /**
     * Writes the workbook to `target` as a task: progress per chunk of rows, CANCELLED (and no
     * file) when the user cancels. The register is read first, then the file is written.
     */
    async export(input: { lang: Language; sheets: readonly WorkbookSheet[]; target: string }, task: TaskHandle) {
      const { lang, target } = input;
      const data = readWorkbook(session, lang, input.sheets);
      const total = data.reduce((sum, s) => sum + s.rows.length, 0);
      const org = session.organisation.get();
      const heading = [
        org.name + (org.orgNr ? ` (${org.orgNr})` : ''),
        `${workbookWords[lang].exported} ${session.today()}`,
        `${workbookWords[lang].schemaVersion} ${session.schemaVersion()}`,
      ];
      const bytes = await writeWorkbook(target, data, {
        lang,
        created: new Date(session.now()),
        registerPath: session.path,
        titleOf: (sheet) => [sheet.def.title[lang], ...heading].join(' – '),
        onRows: async (written) => {
          task.progress(written, total);
          // Let a cancel (and the archive's writing) in between chunks.
          await new Promise((resolve) => setImmediate(resolve));
          task.progress(written, total);
        },
      });
      return { path: target, bytes, sheets: data.map((s) => s.def.key), rows: total };
    },
  };
}

export type WorkbookService = ReturnType<typeof createWorkbookService>;

/** The register workbook of the open register (`session.use(workbookService)`). */
export const workbookService = (s: Session): WorkbookService => createWorkbookService(s);
