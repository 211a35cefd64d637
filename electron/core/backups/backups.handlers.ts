import type { HandlerContext, Handlers } from '../handlers';
import { systemClock } from '../ports';
import type { BackupEnv } from './backup-folder';
import { listBackups, takeBackup } from './backups.service';
import { restoreBackup } from './restore';

/** The backup environment of a call: the folder chosen in the settings now, the core's clock. */
export function backupEnv(ctx: Pick<HandlerContext, 'ports' | 'settings'>): BackupEnv {
  const clock = ctx.ports.clock ?? systemClock;
  return {
    dataFolder: ctx.ports.dataFolder,
    chosenFolder: ctx.settings.stored().backupFolder,
    now: () => clock.now(),
    ...(ctx.ports.nativeBinding ? { nativeBinding: ctx.ports.nativeBinding } : {}),
  };
}

export const backupHandlers: Handlers<'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': (_, ctx) => listBackups(ctx.session(), backupEnv(ctx)),
  'backups.create': (_, ctx) => takeBackup(ctx.session(), backupEnv(ctx), 'manual'),
  'backups.restore': (input, ctx) => restoreBackup(ctx, input),
};
