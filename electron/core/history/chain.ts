import { createHash } from 'node:crypto';
import type { HistoryVerifyResult } from '../../../shared/contract';

// The hash chain over the history (issue 11): each entry stores the SHA-256 of its own canonical
// content and hash = SHA-256(prev_hash + content_hash), so changing, removing or reordering an
// entry breaks the chain there. A redacted entry can no longer prove its original content; the
// redaction entry that removed its values (itself in the chain) lists the SHA-256 of each redacted
// form instead, so verification still catches any later edit of a redacted entry.

export const GENESIS_HASH = '0'.repeat(64);

/** The stored columns of an entry, as in the history table. */
export interface HistoryRow {
  id: number;
  change_id: number;
  at: string;
  os_user: string;
  display_name: string;
  method: string;
  kind: string;
  record_id: number | null;
  record_name: string;
  parent_kind: string | null;
  parent_id: number | null;
  action: string;
  changes: string;
  snapshot: string | null;
  redacted_at: string | null;
  prev_hash: string;
  content_hash: string;
  hash: string;
}

export type HistoryContent = Omit<HistoryRow, 'redacted_at' | 'prev_hash' | 'content_hash' | 'hash'>;

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Fixed order, no key names: the same entry always gives the same text. */
export function canonical(c: HistoryContent): string {
  return JSON.stringify([
    c.id,
    c.change_id,
    c.at,
    c.os_user,
    c.display_name,
    c.method,
    c.kind,
    c.record_id,
    c.record_name,
    c.parent_kind,
    c.parent_id,
    c.action,
    c.changes,
    c.snapshot,
  ]);
}

export const contentHash = (c: HistoryContent) => sha256(canonical(c));
export const linkHash = (prevHash: string, ownContentHash: string) => sha256(prevHash + ownContentHash);

/** The snapshot of a redaction entry: the entries it redacted and the hash of each one's redacted form. */
export interface RedactionProof {
  redacted: { id: number; hash: string }[];
}

/**
 * Walks the entries in id order (an iterator, so 100,000 entries never sit in memory at once)
 * and reports the first one that breaks the chain.
 */
export function verifyChain(rows: Iterable<HistoryRow>): HistoryVerifyResult {
  let prev = GENESIS_HASH;
  let expectedId: number | null = null;
  let entries = 0;
  let broken: { id: number; reason: 'order' | 'link' | 'content' | 'redaction' } | null = null;
  const redactedForms = new Map<number, string>();
  const proofs = new Map<number, string>();
  for (const row of rows) {
    entries += 1;
    if (broken) continue;
    if (expectedId !== null && row.id !== expectedId) broken = { id: row.id, reason: 'order' };
    else if (row.prev_hash !== prev || row.hash !== linkHash(row.prev_hash, row.content_hash)) broken = { id: row.id, reason: 'link' };
    else if (row.redacted_at === null && row.content_hash !== contentHash(row)) broken = { id: row.id, reason: 'content' };
    if (broken) continue;
    if (row.redacted_at !== null) redactedForms.set(row.id, contentHash(row));
    if (row.action === 'redact' && row.redacted_at === null) {
      for (const r of (JSON.parse(row.snapshot ?? '{"redacted":[]}') as RedactionProof).redacted) proofs.set(r.id, r.hash);
    }
    prev = row.hash;
    expectedId = row.id + 1;
  }
  // A redacted entry is only as good as the redaction entry that vouches for its redacted form.
  for (const [id, hash] of [...redactedForms].sort((a, b) => a[0] - b[0])) {
    if (proofs.get(id) !== hash && (!broken || id < broken.id)) {
      broken = { id, reason: 'redaction' };
      break;
    }
  }
  return { ok: broken === null, entries, brokenAt: broken };
}
