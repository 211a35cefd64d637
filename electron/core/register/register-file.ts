import fs from 'node:fs';
import path from 'node:path';
import { REGISTER_EXTENSION, type RegisterInfo } from '../../../shared/contract';
import type { HandlerContext } from '../handlers';
import type { Session } from '../session';
import type { KeyStore } from './key-store';

// The register file itself: what the hosts and the import show of it, its name, its removal.

export function registerInfoOf(session: Session, keyStore: Pick<KeyStore, 'isRemembered'>): RegisterInfo {
  return {
    path: session.path,
    fileName: path.basename(session.path),
    organisationName: session.organisation.get().name,
    schemaVersion: session.schemaVersion(),
    readOnly: session.readOnly(),
    encrypted: session.key !== null,
    passwordRemembered: session.key !== null && keyStore.isRemembered(session.key.salt),
  };
}

/** A register was opened (created, restored, imported): the recent list, and every window, learn of it. */
export function announceOpened(ctx: Pick<HandlerContext, 'emit' | 'settings' | 'keyStore'>, session: Session): RegisterInfo {
  const info = registerInfoOf(session, ctx.keyStore);
  ctx.emit('settings.changed', ctx.settings.rememberOpened(info.path, info.organisationName, info.encrypted));
  ctx.emit('register.opened', info);
  return info;
}

/** A file name from an organisation name that Windows and macOS both accept. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 100);
  const base = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) || cleaned === '' ? `Register ${cleaned}`.trim() : cleaned;
  return `${base}${REGISTER_EXTENSION}`;
}

/** Deletes a register file with its WAL and shared-memory files (a failed sample or import). */
export function removeRegisterFile(filePath: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${filePath}${suffix}`, { force: true });
}
