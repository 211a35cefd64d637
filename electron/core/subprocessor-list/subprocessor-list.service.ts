// The public sub-processor list (product §3.7): its view from the register, and the file in one
// of three formats.
import { Packer } from 'docx';
import type { Language } from '../../../shared/messages';
import { changeNoticesService } from '../change-notices/change-notices.service';
import { subprocessorListDocx } from '../documents/subprocessor-list.docx';
import { subprocessorListHtml } from '../documents/subprocessor-list.html';
import { writeFileAtomic } from '../files/export';
import type { Session } from '../session';
import { writeWorkbook } from '../workbook/workbook.writer';
import { sheetTitle, subprocessorListSheets } from './subprocessor-list.sheets';
import {
  buildSubprocessorList,
  type NoticeSource,
  type SubprocessorListOptions,
  type SubprocessorListView,
} from './subprocessor-list.view';
import { subprocessorListWords } from './subprocessor-list.words';

export type SubprocessorListFormat = 'docx' | 'xlsx' | 'html';

/** The open change notices, for the announced changes. */
const openNotices: NoticeSource = (s) => s.use(changeNoticesService).list({ open: true });

export function createSubprocessorListService(session: Session, notices: NoticeSource = openNotices) {
  const view = (options: SubprocessorListOptions) => buildSubprocessorList(session, options, notices);
  return {
    view,
    /** "Underbiträden 2026-11-22.docx", with the service's name when the list is of one. */
    fileName(format: SubprocessorListFormat, lang: Language, serviceName: string | null): string {
      const words = subprocessorListWords[lang];
      return `${words.fileName}${serviceName ? ` ${serviceName}` : ''} ${session.today()}.${format}`;
    },
    /** Writes the list to `target` (a temp file renamed into place); returns its size in bytes. */
    async write(format: SubprocessorListFormat, v: SubprocessorListView, target: string): Promise<number> {
      if (format === 'html') return writeFileAtomic(target, subprocessorListHtml(v), session.path);
      if (format === 'docx') return writeFileAtomic(target, new Uint8Array(await Packer.toBuffer(subprocessorListDocx(v))), session.path);
      return writeWorkbook(target, subprocessorListSheets(v), {
        lang: v.lang,
        created: new Date(session.now()),
        registerPath: session.path,
        titleOf: (sheet) => sheetTitle(v, sheet),
        onRows: async () => undefined,
      });
    },
  };
}

export type SubprocessorListService = ReturnType<typeof createSubprocessorListService>;

/** The sub-processor list of the open register (`session.use(subprocessorListService)`). */
export const subprocessorListService = (s: Session): SubprocessorListService => createSubprocessorListService(s);
