import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BackupEntry, BackupReason } from '../../../shared/contract';
import type { Core } from '../../core/core';
import { DEFAULT_BACKUP_FOLDER } from '../../core/backups/backup-folder';
import { stockholmMinute } from '../../core/session';
import {
  call,
  cliCore,
  cliPassword,
  fileArgument,
  passwordOption,
  reading,
  unwrap,
  UsageError,
  withRegister,
  type CliCommand,
} from '../kit';

// A register's backups from the command line: list them, make one now, restore one as a new file.
// The CLI keeps no settings, so it looks where the app puts backups by default
// (~/Documents/Förteckna/Säkerhetskopior) unless --folder names the folder chosen in the app.

/** Where the desktop app keeps backups unless another folder is chosen (electron/main: documents/Förteckna). */
export function appBackupRoot(): string {
  return path.join(os.homedir(), 'Documents', 'Förteckna', DEFAULT_BACKUP_FOLDER);
}

const REASON: Record<BackupReason, string> = {
  open: 'vid öppning',
  interval: 'under arbetet',
  close: 'vid stängning',
  manual: 'manuell',
  migration: 'före uppgradering',
};

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
}

function line(b: BackupEntry): string {
  const counts = b.counts
    ? `${b.counts.customers} ${b.counts.customers === 1 ? 'kund' : 'kunder'}, ${b.counts.activities} ${b.counts.activities === 1 ? 'aktivitet' : 'aktiviteter'}, ${b.counts.agreements} PUB-avtal`
    : 'antal okänt';
  const verified = b.verified ? 'kontrollerad' : 'ej kontrollerad';
  return `${stockholmMinute(new Date(b.at))}  ${size(b.bytes).padStart(9)}  ${counts}  ${verified}  ${b.reason ? REASON[b.reason] : '–'}\n    ${b.path}`;
}

/** Points the CLI's core at the backup folder: --folder, or the app's default (which must exist). */
async function useBackupFolder(core: Core, given: string | undefined, command: string): Promise<void> {
  const folder = given ? path.resolve(given) : appBackupRoot();
  if (!given && !fs.existsSync(folder)) {
    throw new UsageError(`${command}: hittar inte appens mapp för säkerhetskopior (${folder}); ange mappen med --folder`);
  }
  unwrap(await call(core, 'settings.setBackupFolder', { folder }));
}

const folderOption = { folder: { type: 'string' }, ...passwordOption } as const;

export const backupCommands: Record<string, CliCommand> = {
  backups: {
    usage: `  backups <fil.forteckna> [--folder <mapp>] [--json]
                                                 lista registrets säkerhetskopior (datum, storlek, antal, kontrollerad)
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...folderOption, json: { type: 'boolean' } } });
      const file = fileArgument(positionals, 'backups');
      await withRegister(
        file,
        async (core) => {
          await useBackupFolder(core, values.folder, 'backups');
          const list = unwrap(await call(core, 'backups.list', {}));
          if (values.json) {
            io.out(JSON.stringify(list, null, 2));
            return;
          }
          io.out(`Säkerhetskopior av ${path.basename(file)}: ${list.backups.length} st i ${list.folder}`);
          for (const b of list.backups) io.out(line(b));
          if (list.purgedGoneBy) io.out(`Uppgifter som gallras i dag är borta ur säkerhetskopiorna senast ${list.purgedGoneBy}.`);
        },
        { ...reading, io, password: cliPassword(values) },
      );
      return 0;
    },
  },
  backup: {
    usage: `  backup <fil.forteckna> [--folder <mapp>]       gör en kontrollerad säkerhetskopia nu
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: folderOption });
      const file = fileArgument(positionals, 'backup');
      await withRegister(
        file,
        async (core) => {
          await useBackupFolder(core, values.folder, 'backup');
          io.out(JSON.stringify(unwrap(await call(core, 'backups.create', {}))));
        },
        { ...reading, io, password: cliPassword(values) },
      );
      return 0;
    },
  },
  restore: {
    usage: `  restore <säkerhetskopia.forteckna> <ny.forteckna> [--password-file <fil>]
                                                 återställ en säkerhetskopia som ett nytt register (skriver aldrig över;
                                                 en krypterad kopia blir ett krypterat register med samma lösenord)
`,
    async run(args, io) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: passwordOption });
      if (positionals.length !== 2) {
        throw new UsageError(
          'restore: ange säkerhetskopian och den nya filen, t.ex. forteckna restore kopia.forteckna återställd.forteckna',
        );
      }
      const [backup, target] = positionals.map((p) => path.resolve(p)) as [string, string];
      const password = cliPassword(values);
      const core = cliCore();
      try {
        io.out(
          JSON.stringify(
            unwrap(await call(core, 'backups.restore', { path: backup, target, ...(password === undefined ? {} : { password }) })),
          ),
        );
      } finally {
        core.close();
      }
      return 0;
    },
  },
};
