// Temporary files that a killed process left behind. Exports and imports write a hidden temp file
// beside their target (tempPathBeside: `.<name>.<pid>.<uuid8>.tmp`, and for a register being
// built its SQLite `-wal`/`-shm`/`-journal`) and rename it into place; a crash in between leaves
// it there, up to the size of a whole register. The next import or open removes ours, and only ours.
import fs from 'node:fs';
import path from 'node:path';

/** Any temp of ours this old goes, even if a process with its pid is alive (the pid may be reused). */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const OUR_TEMPS = [
  // tempPathBeside (files/export.ts)
  /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp(-wal|-shm|-journal)?$/,
  // imports before tempPathBeside: `.<name>.<pid>-<ms>.importing`
  /^\..+\.(\d+)-\d+\.importing(-wal|-shm|-journal)?$/,
];

/** The pid in the name of one of our temp files and the name of the file it belongs to, or null. */
export function ourTemp(name: string): { pid: number; main: string } | null {
  for (const pattern of OUR_TEMPS) {
    const match = pattern.exec(name);
    if (match) return { pid: Number(match[1]), main: match[2] ? name.slice(0, -match[2].length) : name };
  }
  return null;
}

/** Is a process with this pid running (on this computer)? EPERM: it is, under another user. */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes our stale temp files in `folder`: those whose process is gone, and any older than
 * STALE_AFTER_MS. A temp and its `-wal`/`-shm` go together.
 * Only regular files (never a symlink's target), never a file of another name. Best effort: a file
 * that cannot be removed stays, and nothing here throws. Returns the names removed.
 */
export function removeStaleTemps(folder: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const groups = new Map<string, { pid: number; files: string[]; newest: number }>();
  for (const name of names) {
    const temp = ourTemp(name);
    if (!temp) continue;
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(path.join(folder, name));
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const group = groups.get(temp.main) ?? { pid: temp.pid, files: [], newest: 0 };
    group.files.push(name);
    group.newest = Math.max(group.newest, stat.mtimeMs);
    groups.set(temp.main, group);
  }
  const removed: string[] = [];
  for (const group of groups.values()) {
    const age = now - group.newest;
    // A pid is only meaningful on this computer; a temp on a shared drive written from another one
    // may go early, which fails that write (its rename finds no file) but never loses a register.
    const stale = age > STALE_AFTER_MS || (group.pid !== process.pid && !processAlive(group.pid));
    if (!stale) continue;
    for (const name of group.files) {
      try {
        fs.rmSync(path.join(folder, name), { force: true });
        removed.push(name);
      } catch {
        // In use or not ours to remove (permissions): left for a later try.
      }
    }
  }
  return removed;
}
