// What the user reads about backups: why an automatic backup failed and what to do (the
// `backups.failed` event), and the name of a restored register file.
import type { Words } from '../../../shared/glossary';

/** Why a backup could not be made; the event's words and the error's details use the same names. */
export type BackupProblem = 'folderMissing' | 'diskFull' | 'notWritable' | 'unverified' | 'other';

const sv = {
  failed: {
    folderMissing: (folder: string) =>
      `Säkerhetskopian kunde inte göras: mappen ${folder} går inte att nå. Anslut disken eller välj en annan mapp för säkerhetskopior i inställningarna.`,
    diskFull: (folder: string) =>
      `Säkerhetskopian kunde inte göras: disken med ${folder} är full. Frigör utrymme eller välj en annan mapp.`,
    notWritable: (folder: string) =>
      `Säkerhetskopian kunde inte göras: det går inte att skriva i ${folder}. Kontrollera behörigheten eller välj en annan mapp.`,
    unverified: (_folder: string) =>
      'Säkerhetskopian klarade inte kontrollen och har tagits bort. Registret är oförändrat; nästa säkerhetskopia görs som vanligt.',
    other: (_folder: string) => 'Säkerhetskopian kunde inte göras. Registret är oförändrat; nästa säkerhetskopia görs som vanligt.',
  } satisfies Record<BackupProblem, (folder: string) => string>,
  /** In the name of a restored file: "Kund AB (återställd 2026-12-02 10.30).forteckna". */
  restored: (stamp: string) => `återställd ${stamp}`,
};

export const backupWords: Words<typeof sv> = {
  sv,
  en: {
    failed: {
      folderMissing: (folder) =>
        `The backup could not be made: the folder ${folder} cannot be reached. Connect the drive or choose another backup folder in the settings.`,
      diskFull: (folder) => `The backup could not be made: the disk holding ${folder} is full. Free some space or choose another folder.`,
      notWritable: (folder) =>
        `The backup could not be made: ${folder} cannot be written to. Check the permissions or choose another folder.`,
      unverified: (_folder) => 'The backup failed its check and was deleted. The register is unchanged; the next backup runs as usual.',
      other: (_folder) => 'The backup could not be made. The register is unchanged; the next backup runs as usual.',
    },
    restored: (stamp) => `restored ${stamp}`,
  },
};
