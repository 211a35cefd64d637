import fs from 'node:fs';
import path from 'node:path';
import { REGISTER_EXTENSION } from '../../../shared/contract';
import { DomainError, invalidField } from '../errors';
import { checkedFolder, freeFileName, resolveExportTarget, writeFileAtomic } from '../files/export';
import { pathError } from '../files/file-errors';
import type { HandlerContext, Handlers } from '../handlers';
import { deriveKey } from '../register/cipher';
import { announceOpened, safeFileName } from '../register/register-file';
import { exportPortable } from './portable.export';
import { readHeader, readPortableFile, validatePortable, writeRegisterFile } from './portable.import';

const withExtension = (filePath: string) =>
  filePath.toLowerCase().endsWith(REGISTER_EXTENSION) ? filePath : `${filePath}${REGISTER_EXTENSION}`;

/** A given target: never an existing file, and its folder must be there. */
function checkedTarget(given: string): string {
  const target = withExtension(path.resolve(given));
  if (fs.existsSync(target)) throw new DomainError('FILE_EXISTS', `${target} already exists. Choose another name.`);
  // A name the file system refuses, or a folder that cannot be written: found before the file is read.
  if (Buffer.byteLength(path.basename(target)) > 255) throw pathError('tooLong', target);
  checkedFolder(path.dirname(target), 'target');
  return target;
}

/** Where the new register goes when no target was given: the host's save dialog, else a free name in the data folder. */
async function chooseTarget(ctx: HandlerContext, organisationName: string): Promise<string | null> {
  const fileName = safeFileName(organisationName || 'Importerat register');
  if (ctx.ports.dialogs) {
    const chosen = await ctx.ports.dialogs.chooseNewRegisterPath(fileName);
    return chosen === null ? null : checkedTarget(chosen);
  }
  fs.mkdirSync(ctx.ports.dataFolder, { recursive: true });
  return freeFileName(ctx.ports.dataFolder, fileName);
}

export const portableHandlers: Handlers<'portable.export' | 'portable.import'> = {
  'portable.export': async ({ path: given }, ctx) => {
    const session = ctx.session();
    const suggested = `${session.organisation.get().name} ${session.today()}.json`;
    const target = await resolveExportTarget(ctx, given, suggested);
    if (target === null) return null;
    return ctx.tasks.run('Exportera JSON', async (task) => {
      const { text, counts } = await exportPortable(session, ctx.ports.version, task);
      return { path: target, bytes: writeFileAtomic(target, text, session.path), counts };
    });
  },

  'portable.import': async ({ source, target: given, password }, ctx) => {
    let from = source;
    if (from === undefined) {
      if (!ctx.ports.dialogs?.chooseFileToImport) throw invalidField(['source'], 'v.required');
      from = (await ctx.ports.dialogs.chooseFileToImport('json')) ?? undefined;
      if (from === undefined) return null;
    }
    const sourcePath = path.resolve(from);
    // A given target is checked before the (possibly long) reading of the file.
    const early = given === undefined ? undefined : checkedTarget(given);
    return ctx.tasks.run('Importera JSON', async (task) => {
      const data = await validatePortable(readHeader(readPortableFile(sourcePath)), task, ctx.ports.nativeBinding);
      const target = early ?? (await chooseTarget(ctx, data.organisationName));
      if (target === null) return null;
      const key = password === undefined ? null : await deriveKey(password);
      await writeRegisterFile(data, target, task, ctx.ports.nativeBinding, key);
      const session = ctx.openRegister(target, { key });
      announceOpened(ctx, session);
      return { path: session.path, counts: data.counts };
    });
  },
};
