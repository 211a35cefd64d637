// Writing the breach documents (issue 16 §4) through the save port: one document to the given path,
// the save dialog's choice or a free name in Export/ (null when the dialog is cancelled); or every
// affected customer's notice into one folder (given, chosen, or Export/Incidentunderrättelser …).
// Each customer's notice is in its agreement's language; the IMY draft in Swedish (the e-service's)
// and the notice to data subjects in the organisation's language, unless `lang` says otherwise.
import fs from 'node:fs';
import path from 'node:path';
import type { AffectedCustomer, Breach, BreachDocument } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { invalidField } from '../errors';
import { checkedFolder, EXPORT_FOLDER, freeFileName, resolveExportTarget, writeFileAtomic, type SaveContext } from '../files/export';
import type { Session } from '../session';
import { breachDocumentView, renderBreachDocument } from './breach-documents.view';
import { customerNoticeFileName, customerNoticesFolderName, imyDraftFileName, subjectNoticeFileName } from './breach-documents.words';
import { breachesService } from './breaches.service';

export interface BreachDocumentInput {
  id: number;
  document: BreachDocument;
  customerId?: number;
  lang?: Language;
  path?: string;
}

type Saved = { path: string; bytes: number } | null;

/** The role a document belongs to: a customer notice is the processor's, the other two the controller's. */
export function assertDocumentRole(breach: Breach, document: BreachDocument): void {
  if (document === 'customerNotice' && breach.ourRole !== 'processor') throw invalidField(['document'], 'v.breach.notProcessor');
  if (document !== 'customerNotice' && breach.ourRole !== 'controller') throw invalidField(['document'], 'v.breach.notController');
}

/** The affected customer a notice is for (INVALID_INPUT on customerId when missing or not affected). */
export function affectedCustomer(breach: Breach, customerId: number | undefined): AffectedCustomer {
  if (customerId === undefined) throw invalidField(['customerId'], 'v.breach.customerRequired');
  // A customer told earlier but no longer linked (via: []) keeps its row in the log, not a new notice.
  const found = breach.customers.find((c) => c.customerId === customerId && c.via.length > 0);
  if (!found) throw invalidField(['customerId'], 'v.breach.notAffected', { id: customerId });
  return found;
}

/** The language a document is written in when the caller does not say. */
export function documentLanguage(session: Session, document: BreachDocument, affected: AffectedCustomer | undefined): Language {
  if (document === 'customerNotice' && affected) return affected.lang;
  if (document === 'imyDraft') return 'sv';
  return session.organisation.get().defaultLanguage;
}

export async function writeBreachDocument(ctx: SaveContext, session: Session, input: BreachDocumentInput): Promise<Saved> {
  const breach = session.use(breachesService).get(input.id);
  assertDocumentRole(breach, input.document);
  const affected = input.document === 'customerNotice' ? affectedCustomer(breach, input.customerId) : undefined;
  const lang = input.lang ?? documentLanguage(session, input.document, affected);
  const date = session.today();
  const fileName =
    input.document === 'customerNotice'
      ? customerNoticeFileName(affected!.name, date)
      : input.document === 'imyDraft'
        ? imyDraftFileName(breach.fields.title, date)
        : subjectNoticeFileName(breach.fields.title, date);
  // The target is settled (and checked) before the document is made.
  const target = await resolveExportTarget(ctx, input.path, fileName);
  if (target === null) return null;
  const data = await renderBreachDocument(breachDocumentView(session, breach, input.document, lang, affected));
  return { path: target, bytes: writeFileAtomic(target, data, session.path) };
}

/** The folder to write into: given (must exist), chosen in a dialog, or Export/Incidentunderrättelser <title> <date>. */
async function noticesFolder(ctx: SaveContext, session: Session, breach: Breach, given: string | undefined): Promise<string | null> {
  if (given !== undefined) return checkedFolder(path.resolve(given), 'folder');
  if (ctx.ports.dialogs?.chooseFolder) {
    const chosen = await ctx.ports.dialogs.chooseFolder();
    return chosen === null ? null : checkedFolder(path.resolve(chosen), 'folder');
  }
  const folder = path.join(ctx.ports.dataFolder, EXPORT_FOLDER, customerNoticesFolderName(breach.fields.title, session.today()));
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/** Every affected customer's notice, in its agreement's language, into one folder. */
export async function writeCustomerNotices(
  ctx: SaveContext,
  session: Session,
  input: { id: number; folder?: string },
): Promise<{ folder: string; files: string[] } | null> {
  const breach = session.use(breachesService).get(input.id);
  assertDocumentRole(breach, 'customerNotice');
  const affected = breach.customers.filter((c) => c.via.length > 0);
  if (affected.length === 0) throw invalidField(['id'], 'w.breach.noCustomers');
  const folder = await noticesFolder(ctx, session, breach, input.folder);
  if (folder === null) return null;
  const date = session.today();
  const files: string[] = [];
  for (const customer of affected) {
    const data = await renderBreachDocument(breachDocumentView(session, breach, 'customerNotice', customer.lang, customer));
    const target = freeFileName(folder, customerNoticeFileName(customer.name, date));
    writeFileAtomic(target, data, session.path);
    files.push(target);
  }
  return { folder, files };
}
