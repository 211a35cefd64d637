// Encrypted registers. The driver (SQLite3 Multiple Ciphers) writes them in the SQLCipher 4
// format: AES-256-CBC pages, each with its own IV and an HMAC-SHA512, the key derived from the
// password with PBKDF2-HMAC-SHA512 (256,000 iterations) and a random 16-byte salt that opens the
// file. Any SQLCipher 4 tool with its default settings opens such a file with the password; the
// file starts with random bytes, so nothing in it says "SQLite" or "Förteckna".
//
// We derive the key ourselves (node:crypto, off the main thread) and hand SQLite the raw key: the
// ~0.2 s of key derivation never blocks the app, and the backups, their checks and the integrity
// worker reuse the key instead of deriving it again. The same password and salt give the same key
// as SQLCipher's own derivation, so the file format is unchanged.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import type { Db } from '../db/types';

/** The key of an encrypted register: 32 bytes, and the salt at the start of its file (both hex). */
export interface RegisterKey {
  key: string;
  salt: string;
}

const KDF_ITERATIONS = 256_000;
const KDF_DIGEST = 'sha512';
const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** SQLCipher 4's page size: an encrypted file is always a whole number of these. */
const PAGE_SIZE = 4096;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const pbkdf2 = promisify(crypto.pbkdf2);

/** The same password typed on macOS (decomposed å) and Windows (composed å) opens the file. */
function passwordBytes(password: string): Buffer {
  return Buffer.from(password.normalize('NFC'), 'utf8');
}

/** The key for `password` with `salt` (hex), or with a new random salt for a new file. */
export async function deriveKey(password: string, salt?: string): Promise<RegisterKey> {
  const saltBytes = salt ? Buffer.from(salt, 'hex') : crypto.randomBytes(SALT_BYTES);
  const key = await pbkdf2(passwordBytes(password), saltBytes, KDF_ITERATIONS, KEY_BYTES, KDF_DIGEST);
  return { key: key.toString('hex'), salt: saltBytes.toString('hex') };
}

/** The same key (compared in constant time). */
export function sameKey(a: RegisterKey, b: RegisterKey): boolean {
  return a.salt === b.salt && crypto.timingSafeEqual(Buffer.from(a.key, 'hex'), Buffer.from(b.key, 'hex'));
}

/** Does `password` give `key`? (Asking for the current password before changing it.) */
export async function passwordOpens(password: string, key: RegisterKey): Promise<boolean> {
  return sameKey(await deriveKey(password, key.salt), key);
}

const CIPHER_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4'];

function selectCipher(db: Db): void {
  for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
}

/**
 * The pragmas that open a file with `key`, before anything reads it. For a file that does not
 * exist yet (or is empty) the salt goes with the key, so the new file starts with it.
 */
export function keyPragmas(key: RegisterKey, newFile = false): string[] {
  return [...CIPHER_PRAGMAS, `key = "x'${key.key}${newFile ? key.salt : ''}'"`];
}

export function applyKey(db: Db, key: RegisterKey, newFile: boolean): void {
  for (const pragma of keyPragmas(key, newFile)) db.pragma(pragma);
}

/**
 * Re-encrypts the file of `db` with `to` (null: decrypts it). Only out of WAL mode (the driver
 * refuses otherwise); the caller works on a copy that replaces the original when it is verified.
 */
export function rekey(db: Db, to: RegisterKey | null): void {
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal') {
    throw new Error('rekey needs journal_mode DELETE');
  }
  if (to) selectCipher(db);
  db.pragma(to ? `rekey = "x'${to.key}${to.salt}'"` : "rekey = ''");
}

export type FileKind = 'missing' | 'plain' | 'encrypted' | 'other';

/** Binary formats a user may pick by mistake whose first page is as random as an encrypted one. */
const OTHER_MAGIC = ['PK\u0003\u0004', '%PDF', '\u0089PNG', '\u00ff\u00d8\u00ff', '\u001f\u008b'].map((m) => Buffer.from(m, 'latin1'));

/**
 * What the file at `file` is, from its first page. An encrypted file cannot be told from random
 * bytes without its key, so "encrypted" means: a whole number of 4 KiB pages, not a plain SQLite
 * file, not a known other format, and not text. A junk file that passes still gets a wrong password.
 */
export function fileKind(file: string): FileKind {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return fs.existsSync(file) ? 'other' : 'missing';
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return 'other';
    if (stat.size === 0) return 'plain'; // an empty file: the open says what it is
    const page = Buffer.alloc(Math.min(PAGE_SIZE, stat.size));
    fs.readSync(fd, page, 0, page.length, 0);
    if (page.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) return 'plain';
    if (stat.size % PAGE_SIZE !== 0) return 'other';
    if (OTHER_MAGIC.some((magic) => page.subarray(0, magic.length).equals(magic))) return 'other';
    let printable = 0;
    for (const byte of page) if ((byte >= 0x20 && byte < 0x7f) || byte === 0x09 || byte === 0x0a || byte === 0x0d) printable++;
    return printable / page.length > 0.6 ? 'other' : 'encrypted';
  } finally {
    fs.closeSync(fd);
  }
}

/** The salt an encrypted file starts with (hex): its identity before it is unlocked. */
export function saltOf(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const salt = Buffer.alloc(SALT_BYTES);
    fs.readSync(fd, salt, 0, SALT_BYTES, 0);
    return salt.toString('hex');
  } finally {
    fs.closeSync(fd);
  }
}

/** Does `key` belong to the encrypted file at `file` (same salt)? */
export function keyFits(file: string, key: RegisterKey | null): key is RegisterKey {
  return key !== null && fileKind(file) === 'encrypted' && saltOf(file) === key.salt;
}
