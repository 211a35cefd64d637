import fs from 'node:fs';
import path from 'node:path';
import { REGISTER_EXTENSION, type RegisterInfo } from '../../../shared/contract';
import { DomainError } from '../errors';
import type { HandlerContext, Handlers } from '../handlers';
import { SAMPLE_FILE_NAME, writeSampleRegister } from '../sample/sample-register';
import type { Session } from '../session';
import { deriveKey } from './cipher';
import { setRegisterPassword } from './rekey';
import { announceOpened, registerInfoOf, removeRegisterFile, safeFileName } from './register-file';

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

const opened = (ctx: HandlerContext, session: Session): RegisterInfo => announceOpened(ctx, session);

export const registerHandlers: Handlers<
  | 'app.info'
  | 'settings.get'
  | 'settings.setLanguage'
  | 'settings.forgetRecent'
  | 'settings.setDisplayName'
  | 'settings.setBackupFolder'
  | 'settings.setAutoLock'
  | 'settings.setNotifyOverdue'
  | 'register.current'
  | 'register.create'
  | 'register.open'
  | 'register.openSample'
  | 'register.close'
  | 'register.lock'
  | 'register.lockedFile'
  | 'register.setPassword'
  | 'register.setRemembered'
  | 'register.info'
  | 'tasks.cancel'
> = {
  'app.info': (_, ctx) => ({
    version: ctx.ports.version,
    host: ctx.ports.host,
    nativeDialogs: ctx.ports.dialogs !== undefined,
    defaultFolder: ctx.ports.dataFolder,
    keyStore: ctx.keyStore.state(),
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
  'settings.setAutoLock': ({ minutes }, ctx) => {
    const settings = ctx.settings.setAutoLock(minutes);
    ctx.emit('settings.changed', settings);
    return settings;
  },
  'settings.setNotifyOverdue': ({ notifyOverdue }, ctx) => {
    const settings = ctx.settings.setNotifyOverdue(notifyOverdue);
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
    return session ? registerInfoOf(session, ctx.keyStore) : null;
  },
  'register.create': async ({ organisationName, path: given, password, remember }, ctx) => {
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
    const key = password === undefined ? null : await deriveKey(password);
    const session = ctx.openRegister(target, { create: true, organisationName, key });
    if (key && remember) ctx.keyStore.remember(key);
    return opened(ctx, session);
  },
  'register.open': async ({ path: given, readOnly, password, remember }, ctx) => {
    const target = given ?? (ctx.ports.dialogs ? await ctx.ports.dialogs.chooseRegisterToOpen() : null);
    if (target === null) {
      if (!ctx.ports.dialogs) throw new DomainError('UNSUPPORTED', 'Give the path of the register to open.');
      return null;
    }
    return opened(ctx, await ctx.unlockRegister(target, { readOnly, password, remember }));
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
    // Closed on purpose: the next start shows the welcome screen instead of reopening it (and no
    // unlock screen waits any more).
    ctx.settings.clearLastRegister();
    ctx.unlock.clear();
    ctx.closeRegister();
    return null;
  },
  'register.lock': (_, ctx) => {
    const session = ctx.session();
    if (!session.key) throw new DomainError('UNSUPPORTED', 'Only a password-protected register can be locked.');
    const target = session.path;
    ctx.closeRegister();
    // Still the last register: the next start asks for its password.
    ctx.unlock.needsPassword(target);
    const locked = ctx.unlock.current();
    if (locked) ctx.emit('register.locked', locked);
    return null;
  },
  'register.lockedFile': (_, ctx) => ctx.unlock.current(),
  'register.setPassword': (input, ctx) => setRegisterPassword(ctx, input),
  'register.setRemembered': ({ remember }, ctx) => {
    const session = ctx.session();
    if (!session.key) throw new DomainError('UNSUPPORTED', 'The register has no password to remember.');
    if (remember) {
      if (!ctx.keyStore.remember(session.key)) throw new DomainError('UNSUPPORTED', 'This computer has no key store to keep it in.');
    } else ctx.keyStore.forget(session.key.salt);
    const info = registerInfoOf(session, ctx.keyStore);
    ctx.emit('register.opened', info);
    return info;
  },
  'register.info': (_, ctx) => ({ schemaVersion: ctx.session().schemaVersion(), counts: ctx.session().counts() }),
  'tasks.cancel': ({ taskId }, ctx) => ({ cancelled: ctx.tasks.cancel(taskId) }),
};
