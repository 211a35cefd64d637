// A change of sub-processor reaches customers' documents when it takes effect: until its notice's
// effective date the service's stored list (already the new one) is read as it was before. The
// processor register, the matrix and Bilaga 2 all read services through `servicesAsOn`.
import type { Session } from '../session';
import { createChangeNoticesRepo, type NoticeRecord } from './change-notices.repo';

/** One repo per register: its statements are prepared once. */
const noticesRepo = (session: Session) => createChangeNoticesRepo(session.db);

/** True while the notice holds its change back on `onDate`: decided to notify (or undecided) and not yet effective. */
export function holdsBack(n: Pick<NoticeRecord, 'decision' | 'effectiveDate' | 'kind'>, onDate: string): boolean {
  if (n.kind === 'change') return false;
  if (n.decision === 'pending') return true;
  if (n.decision !== 'notify') return false;
  return n.effectiveDate === null || onDate < n.effectiveDate;
}

/** Which notice to treat otherwise than its dates say: applied (as if in effect) or held back. */
export interface NoticeOverride {
  noticeId: number;
  applied: boolean;
}

/**
 * The sub-processor ids of each service as on `onDate`: a sub-processor added by a notice not yet
 * in effect is left out, one removed or replaced by such a notice is still there.
 */
export function servicesAsOn<S extends { id: number; subprocessorIds: number[] }>(
  session: Session,
  services: readonly S[],
  onDate: string,
  override?: NoticeOverride,
): S[] {
  const notices = session
    .use(noticesRepo)
    .all()
    .filter((n) => (override?.noticeId === n.id ? !override.applied : holdsBack(n, onDate)));
  if (notices.length === 0) return [...services];
  // Oldest first, so that a later notice about the same sub-processor has the last word.
  notices.sort((a, b) => a.id - b.id);
  return services.map((s) => {
    let ids: Set<number> | null = null;
    for (const n of notices) {
      if (!n.serviceIds.includes(s.id)) continue;
      ids ??= new Set(s.subprocessorIds);
      if (n.kind === 'add' || n.kind === 'replace') ids.delete(n.subprocessorId);
      if (n.kind === 'remove') ids.add(n.subprocessorId);
      if (n.kind === 'replace' && n.replacedSubprocessorId !== null) ids.add(n.replacedSubprocessorId);
    }
    return ids ? { ...s, subprocessorIds: [...ids] } : s;
  });
}
