import { privacyNoticeWords } from './privacy-notice.words';
import fs from 'node:fs';
import { DomainError, invalidField } from '../errors';
import { resolveExportTarget, writeFileAtomic } from '../files/export';
import type { Handlers } from '../handlers';
import { privacyNoticeService } from './privacy-notice.service';

export const privacyNoticeHandlers: Handlers<
  'privacyNotice.get' | 'privacyNotice.update' | 'privacyNotice.preview' | 'privacyNotice.export' | 'files.reveal'
> = {
  'privacyNotice.get': (_input, ctx) => ctx.session().use(privacyNoticeService).get(),
  'privacyNotice.update': ({ revision, ...fields }, ctx) => ctx.session().use(privacyNoticeService).update(fields, revision),
  'privacyNotice.preview': ({ lang }, ctx) => ctx.session().use(privacyNoticeService).preview(lang),
  'privacyNotice.export': async ({ lang, format, path: given }, ctx) => {
    const session = ctx.session();
    const service = session.use(privacyNoticeService);
    const suggested = `${privacyNoticeWords[lang].title} ${session.organisation.get().name} ${session.today()}.${format}`;
    const target = await resolveExportTarget(ctx, given, suggested);
    if (target === null) return null;
    if (format === 'docx') {
      const { data, registerVersion } = await service.docx(lang);
      return { path: target, bytes: writeFileAtomic(target, data, session.path), registerVersion };
    }
    const { html, registerVersion } = service.html(lang);
    return { path: target, bytes: writeFileAtomic(target, html, session.path), registerVersion };
  },
  'files.reveal': ({ path: filePath }, ctx) => {
    if (!ctx.ports.dialogs?.revealFile) throw new DomainError('UNSUPPORTED', 'This host cannot show files in a file manager.');
    if (!fs.existsSync(filePath)) throw invalidField(['path'], 'v.invalid');
    ctx.ports.dialogs.revealFile(filePath);
    return null;
  },
};
