import fs from 'node:fs';
import path from 'node:path';
import { REGISTER_EXTENSION, type RegisterInfo } from '../../../shared/contract';
import { DomainError } from '../errors';
import type { HandlerContext, Handlers } from '../handlers';
import { SAMPLE_FILE_NAME, writeSampleRegister } from '../sample/sample-register';
import type { Session } from '../session';
import { registerInfoOf, removeRegisterFile, safeFileName } from './register-file';

/** A path in the data folder that does not exist yet: "Name.forteckna", "Name (2).forteckna", … */
function freePathInFolder(folder: string, fileName: string): string {
  const ext = path.extname(fileName);
  const base = path.basename(fileName, ext);
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? fileName : `${base} (${n})${ext}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

function withExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(REGISTER_EXTENSION) ? filePath : `${filePath}${REGISTER_EXTENSION}`;
}

function opened(ctx: HandlerContext, session: Session): RegisterInfo {
  const info = registerInfoOf(session);
  ctx.emit('settings.changed', ctx.settings.rememberOpened(info.path, info.organisationName));
  ctx.emit('register.opened', info);
  return info;
}

export const registerHandlers: Handlers<
  | 'app.info'
  | 'settings.get'
  | 'settings.setLanguage'
  | 'settings.forgetRecent'
  | 'settings.setDisplayName'
  | 'settings.setBackupFolder'
  | 'register.current'
  | 'register.create'
  | 'register.open'
  | 'register.openSample'
  | 'register.close'
  | 'register.info'
  | 'tasks.cancel'
> = {
  'app.info': (_, { ports }) => ({
    version: ports.version,
    host: ports.host,
    nativeDialogs: ports.dialogs !== undefined,
    defaultFolder: ports.dataFolder,
  }),
  'settings.get': (_, ctx) => ctx.settings.get(),
  'settings.setLanguage': ({ language }, ctx) => {
    const settings = ctx.settings.setLanguage(language);
    ctx.emit('settings.changed', settings);
    return settings;
  },
  'settings.setDisplayName': ({ displayName }, ctx) => {
    const settings = ctx.settings.setDisplayName(displayName);
    ctx.emit('settings.changed', settings);
    return settings;
  },
  'settings.setBackupFolder': ({ folder }, ctx) => {
    if (folder !== null && !(fs.existsSync(folder) && fs.statSync(folder).isDirectory())) {
      throw new DomainError('FILE_NOT_FOUND', `The folder ${folder} does not exist.`);
    }
    const settings = ctx.settings.setBackupFolder(folder);
    ctx.emit('settings.changed', settings);
    return settings;
  },
  'settings.forgetRecent': ({ path: filePath }, ctx) => {
    const settings = ctx.settings.forget(filePath);
    ctx.emit('settings.changed', settings);
    return settings;
  },
  'register.current': (_, ctx) => {
    const session = ctx.currentSession();
    return session ? registerInfoOf(session) : null;
  },
  'register.create': async ({ organisationName, path: given }, ctx) => {
    let target = given;
    if (target === undefined) {
      target = ctx.ports.dialogs
        ? ((await ctx.ports.dialogs.chooseNewRegisterPath(safeFileName(organisationName))) ?? undefined)
        : freePathInFolder(ctx.ports.dataFolder, safeFileName(organisationName));
      if (target === undefined) return null;
    }
    target = withExtension(path.resolve(target));
    if (fs.existsSync(target)) {
      throw new DomainError('FILE_EXISTS', `${target} already exists. Choose another name.`);
    }
    return opened(ctx, ctx.openRegister(target, { create: true, organisationName }));
  },
  'register.open': async ({ path: given, readOnly }, ctx) => {
    const target = given ?? (ctx.ports.dialogs ? await ctx.ports.dialogs.chooseRegisterToOpen() : null);
    if (target === null) {
      if (!ctx.ports.dialogs) throw new DomainError('UNSUPPORTED', 'Give the path of the register to open.');
      return null;
    }
    return opened(ctx, ctx.openRegister(path.resolve(target), { readOnly }));
  },
  'register.openSample': async ({ path: given }, ctx) => {
    const target = given ? withExtension(path.resolve(given)) : path.join(ctx.ports.dataFolder, SAMPLE_FILE_NAME);
    if (fs.existsSync(target)) {
      if (given) throw new DomainError('FILE_EXISTS', `${target} already exists. Choose another name.`);
      return opened(ctx, ctx.openRegister(target));
    }
    return ctx.tasks.run('Exempelregister', async (task) => {
      const session = ctx.openRegister(target, { create: true, organisationName: 'Exempel IT AB' });
      try {
        await writeSampleRegister(session, (done, total) => task.progress(done, total));
      } catch (error) {
        // Cancelled or failed: leave no half-written sample behind.
        ctx.closeRegister();
        removeRegisterFile(target);
        throw error;
      }
      return opened(ctx, session);
    });
  },
  'register.close': (_, ctx) => {
    // Closed on purpose: the next start shows the welcome screen instead of reopening it.
    ctx.settings.clearLastRegister();
    ctx.closeRegister();
    return null;
  },
  'register.info': (_, ctx) => ({ schemaVersion: ctx.session().schemaVersion(), counts: ctx.session().counts() }),
  'tasks.cancel': ({ taskId }, ctx) => ({ cancelled: ctx.tasks.cancel(taskId) }),
};
