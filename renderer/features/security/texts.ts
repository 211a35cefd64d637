// UI texts of password protection (new register, the password tab, backup passwords), Swedish
// first; merged into i18n by renderer/i18n/features.ts. The unlock screen's texts are welcome.*.
const sv = {
  'security.tab': 'Lösenord',

  // Choosing a password (new register, add, change)
  'security.protect': 'Skydda med lösenord',
  'security.protectHelp': 'Registerfilen och dess säkerhetskopior krypteras. Utan lösenordet går de inte att läsa.',
  'security.password': 'Lösenord',
  'security.newPassword': 'Nytt lösenord',
  'security.repeatPassword': 'Upprepa lösenordet',
  'security.currentPassword': 'Nuvarande lösenord',
  'security.noRecovery':
    'Spara lösenordet på ett säkert ställe, till exempel i en lösenordshanterare. Ett glömt lösenord går inte att återställa, och då går registret inte att öppna.',

  // Remembering it on this computer
  'security.remember': 'Kom ihåg lösenordet på den här datorn',
  'security.rememberHelp': 'Registret öppnas då utan lösenord när du är inloggad på datorn. Nyckeln skyddas av datorns nyckelring.',
  'security.keyStoreUnavailable':
    'Lösenordet kan inte sparas på den här datorn, eftersom systemet saknar en nyckelring att förvara det i. Du anger det när du öppnar registret.',
  'security.keyStoreNotHere': 'Bara skrivbordsprogrammet kan komma ihåg lösenord. Här anger du det varje gång du öppnar registret.',

  // The password tab
  'security.title': 'Lösenordsskydd',
  'security.statusOn': 'Skyddat med lösenord',
  'security.statusOff': 'Inget lösenord',
  'security.onText': 'Registerfilen och säkerhetskopiorna är krypterade. Utan lösenordet går de inte att läsa.',
  'security.offText':
    'Den som kommer åt registerfilen eller en säkerhetskopia kan läsa allt i registret, till exempel om datorn kommer bort. Med ett lösenord krypteras filen och säkerhetskopiorna.',
  'security.remembered': 'Lösenordet är sparat på den här datorn.',
  'security.notRemembered': 'Lösenordet är inte sparat på den här datorn.',
  'security.add': 'Lägg till lösenord',
  'security.change': 'Byt lösenord',
  'security.remove': 'Ta bort lösenord',
  'security.addTitle': 'Lägg till lösenord',
  'security.changeTitle': 'Byt lösenord',
  'security.removeTitle': 'Ta bort lösenordet?',
  'security.removeWarning':
    'Utan lösenord krypteras registret inte längre. Registerfilen och alla dess säkerhetskopior blir läsbara för den som kommer åt dem.',
  'security.removeConfirm': 'Ta bort lösenordet',
  'security.running.add': 'Registret krypteras',
  'security.running.change': 'Lösenordet byts',
  'security.running.remove': 'Lösenordet tas bort',
  'security.runningIntro':
    'Registret och varje säkerhetskopia skrivs om. Filen byts ut först när den nya kopian är kontrollerad, så inget går förlorat om något avbryts.',
  'security.added': 'Registret är nu skyddat med lösenord.',
  'security.changed': 'Lösenordet är bytt.',
  'security.removed': 'Lösenordet är borttaget. Registret är inte längre krypterat.',
  'security.cancelled': 'Lösenordet ändrades inte.',
  'security.rememberedNow': 'Lösenordet sparas på den här datorn.',
  'security.forgotten': 'Lösenordet är inte längre sparat på den här datorn.',
  'security.readOnly': 'Registret är öppnat skrivskyddat, så lösenordet kan inte ändras nu.',

  // Locking
  'security.autoLock': 'Lås automatiskt efter',
  'security.autoLockHelp':
    'Ett register med lösenord låses när programmet inte har använts på så lång tid. Inställningen gäller alla register med lösenord på den här datorn.',
  'security.autoLockNever': 'Aldrig',
  'security.autoLockMinutes': '{{count}} minuter',
  'security.autoLockSaved': 'Inställningen för automatisk låsning är sparad.',
  'security.lockHint': 'Ctrl+L (Cmd+L på Mac) låser registret direkt.',

  // A backup with a password of its own
  'security.backupPasswordTitle': 'Säkerhetskopian är lösenordsskyddad',
  'security.backupPasswordText': 'Ange lösenordet som registret hade när säkerhetskopian togs.',
  'security.backupPasswordSubmit': 'Återställ',
  'security.waiting': 'Du kan försöka igen om {{seconds}} s.',
};

const en: Record<keyof typeof sv, string> = {
  'security.tab': 'Password',

  'security.protect': 'Protect with a password',
  'security.protectHelp': 'The register file and its backups are encrypted. Without the password they cannot be read.',
  'security.password': 'Password',
  'security.newPassword': 'New password',
  'security.repeatPassword': 'Repeat the password',
  'security.currentPassword': 'Current password',
  'security.noRecovery':
    'Keep the password somewhere safe, for example in a password manager. A forgotten password cannot be recovered, and the register then cannot be opened.',

  'security.remember': 'Remember the password on this computer',
  'security.rememberHelp':
    'The register then opens without the password while you are signed in to this computer. The key is protected by the computer’s keychain.',
  'security.keyStoreUnavailable':
    'The password cannot be kept on this computer, as the system has no keychain to hold it. You enter it when you open the register.',
  'security.keyStoreNotHere': 'Only the desktop app can remember passwords. Here you enter it each time you open the register.',

  'security.title': 'Password protection',
  'security.statusOn': 'Password-protected',
  'security.statusOff': 'No password',
  'security.onText': 'The register file and its backups are encrypted. Without the password they cannot be read.',
  'security.offText':
    'Anyone who gets hold of the register file or a backup can read everything in the register, for example if the computer is lost. A password encrypts the file and the backups.',
  'security.remembered': 'The password is kept on this computer.',
  'security.notRemembered': 'The password is not kept on this computer.',
  'security.add': 'Add a password',
  'security.change': 'Change password',
  'security.remove': 'Remove password',
  'security.addTitle': 'Add a password',
  'security.changeTitle': 'Change password',
  'security.removeTitle': 'Remove the password?',
  'security.removeWarning':
    'Without a password the register is no longer encrypted. The register file and all its backups become readable to anyone who gets hold of them.',
  'security.removeConfirm': 'Remove the password',
  'security.running.add': 'Encrypting the register',
  'security.running.change': 'Changing the password',
  'security.running.remove': 'Removing the password',
  'security.runningIntro':
    'The register and each backup are rewritten. A file is replaced only once its new copy has been checked, so nothing is lost if something stops half-way.',
  'security.added': 'The register is now password-protected.',
  'security.changed': 'The password has been changed.',
  'security.removed': 'The password has been removed. The register is no longer encrypted.',
  'security.cancelled': 'The password was not changed.',
  'security.rememberedNow': 'The password is kept on this computer.',
  'security.forgotten': 'The password is no longer kept on this computer.',
  'security.readOnly': 'The register is open read-only, so its password cannot be changed now.',

  'security.autoLock': 'Lock automatically after',
  'security.autoLockHelp':
    'A password-protected register locks when the app has not been used for this long. The setting applies to every password-protected register on this computer.',
  'security.autoLockNever': 'Never',
  'security.autoLockMinutes': '{{count}} minutes',
  'security.autoLockSaved': 'The automatic lock setting has been saved.',
  'security.lockHint': 'Ctrl+L (Cmd+L on a Mac) locks the register at once.',

  'security.backupPasswordTitle': 'The backup is password-protected',
  'security.backupPasswordText': 'Enter the password the register had when the backup was made.',
  'security.backupPasswordSubmit': 'Restore',
  'security.waiting': 'You can try again in {{seconds}} s.',
};

export const texts = { sv, en } as const;
