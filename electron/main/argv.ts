// Finding the register file the app was asked to open (double-click, "Open with", command line).
import path from 'node:path';
import { REGISTER_EXTENSION } from '../../shared/contract/register';

export function isRegisterPath(candidate: string): boolean {
  return candidate.toLowerCase().endsWith(REGISTER_EXTENSION) && candidate.length > REGISTER_EXTENSION.length;
}

/**
 * The last `.forteckna` argument in an Electron argv (switches skipped), resolved against
 * `workingDirectory`; null when there is none.
 */
export function registerPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  // argv[0] is the executable; an unpackaged run also passes the app folder, which never matches.
  for (let index = argv.length - 1; index >= 1; index--) {
    const arg = argv[index];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (isRegisterPath(arg)) return path.resolve(workingDirectory, arg);
  }
  return null;
}
