// The notice letters (issue 15 §3): one per affected customer, in its agreement's language, stored
// with the notice (bytes and SHA-256, like an agreement snapshot) and written into one folder, as
// a task with progress and cancel; optionally one merged document for printing. Each letter is
// stored in its own transaction, so a cancel keeps every letter made before it.
import fs from 'node:fs';
import path from 'node:path';
import type { NoticeLettersResult, NoticeRecipient } from '../../../shared/contract';
import type { NoticeLetterView } from '../documents/notice-letter.model';
import { DomainError, invalidField } from '../errors';
import { checkedFolder, EXPORT_FOLDER, freeFileName, resolveExportTarget, writeFileAtomic } from '../files/export';
import type { HandlerContext } from '../handlers';
import { stockholmDate, type Session } from '../session';
import { changeNoticesService } from './change-notices.service';
import { noticeLetterMaker, renderMergedLetters, sha256Hex } from './notice-letter.view';
import { lettersFolderName, mergedLettersFileName, noticeLetterFileName } from './notice-letter.words';

export interface LettersRequest {
  id: number;
  customerIds?: number[];
  merged: boolean;
  folder?: string;
}

/**
 * The customers to write to: every affected one (not those already excepted after objecting), or
 * the ones given, each of which must be among the notice's customers.
 */
export function letterRecipients(recipients: readonly NoticeRecipient[], customerIds: readonly number[] | undefined): NoticeRecipient[] {
  if (customerIds === undefined) return recipients.filter((r) => r.affected && r.resolution !== 'excepted');
  const byId = new Map(recipients.filter((r) => r.affected).map((r) => [r.customerId, r]));
  customerIds.forEach((id, i) => {
    if (!byId.has(id)) throw invalidField(['customerIds', i], 'v.changeNotice.notAffected', { id });
  });
  const wanted = new Set(customerIds);
  return recipients.filter((r) => wanted.has(r.customerId) && byId.has(r.customerId));
}

/** The folder to write into: given (must exist), chosen in a dialog, or Export/Ändringsmeddelanden <date>. */
async function lettersFolder(ctx: Pick<HandlerContext, 'ports'>, session: Session, given: string | undefined): Promise<string | null> {
  if (given !== undefined) return checkedFolder(path.resolve(given), 'folder');
  if (ctx.ports.dialogs?.chooseFolder) {
    const chosen = await ctx.ports.dialogs.chooseFolder();
    return chosen === null ? null : checkedFolder(path.resolve(chosen), 'folder');
  }
  const folder = path.join(ctx.ports.dataFolder, EXPORT_FOLDER, lettersFolderName(session.today()));
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runNoticeLetters(
  ctx: Pick<HandlerContext, 'ports' | 'tasks'>,
  session: Session,
  request: LettersRequest,
): Promise<NoticeLettersResult> {
  const notices = session.use(changeNoticesService);
  const notice = notices.get(request.id);
  if (notice.fields.decision !== 'notify') throw invalidField(['id'], 'v.changeNotice.notNotify');
  const recipients = letterRecipients(notice.recipients, request.customerIds);
  if (recipients.length === 0) throw invalidField(['id'], 'v.changeNotice.noRecipients');
  // Checked before any letter is made: a folder that cannot be written fails now, not at the first file.
  const folder = await lettersFolder(ctx, session, request.folder);
  if (folder === null) return null;

  const date = session.today();
  const maker = noticeLetterMaker(session, notice, date);
  const files: string[] = [];
  const views: NoticeLetterView[] = [];
  let cancelled = false;
  let merged: string | null = null;
  await ctx.tasks.run('Ändringsmeddelanden', async (task) => {
    const total = recipients.length;
    for (const [done, recipient] of recipients.entries()) {
      try {
        task.progress(done, total);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'CANCELLED') {
          cancelled = true;
          break;
        }
        throw error;
      }
      const { view, data } = await maker.letter(recipient);
      notices.storeLetter(notice.id, recipient.customerId, recipient.lang, data, sha256Hex(data), { deadline: recipient.deadline });
      const target = freeFileName(folder, noticeLetterFileName(recipient.customerName, date));
      writeFileAtomic(target, data, session.path);
      files.push(target);
      if (request.merged) views.push(view);
      // Let a cancel (and the UI's other calls) in between customers.
      await nextTurn();
    }
    if (cancelled) return;
    if (request.merged && views.length > 0) {
      const data = await renderMergedLetters(views, date, notice.subprocessorDetails.name);
      merged = freeFileName(folder, mergedLettersFileName(date));
      writeFileAtomic(merged, data, session.path);
    }
    task.progress(total, total);
  });
  return { folder, files, generated: files.length, total: recipients.length, merged, cancelled };
}

/** A stored letter, byte for byte, and the name it is saved under (the customer and the day it was made). */
export function storedLetter(session: Session, noticeId: number, customerId: number): { data: Uint8Array; fileName: string } {
  const notices = session.use(changeNoticesService);
  const { data } = notices.letter(noticeId, customerId);
  const recipient = notices.get(noticeId).recipients.find((r) => r.customerId === customerId);
  const customerName = recipient?.customerName ?? session.customers.get(customerId).name;
  const made = recipient?.letter ? stockholmDate(new Date(recipient.letter.generatedAt)) : session.today();
  return { data, fileName: noticeLetterFileName(customerName, made) };
}

export async function saveLetter(
  ctx: Parameters<typeof resolveExportTarget>[0],
  session: Session,
  input: { noticeId: number; customerId: number; path?: string },
): Promise<{ path: string; bytes: number } | null> {
  const { data, fileName } = storedLetter(session, input.noticeId, input.customerId);
  const target = await resolveExportTarget(ctx, input.path, fileName);
  return target === null ? null : { path: target, bytes: writeFileAtomic(target, data, session.path) };
}
