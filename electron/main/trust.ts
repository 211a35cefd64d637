// Who may talk to the core, and where the app may go. Pure (no electron import).
import { isAppUrl } from './app-protocol';

export interface SenderInfo {
  /** The frame that sent the IPC message; null when it is already gone. */
  frameUrl: string | null;
  /** The sending frame is the top-level frame of its page. */
  isMainFrame: boolean;
  /** The sending page belongs to the app's own window. */
  fromAppWindow: boolean;
}

/** IPC is answered only for the main frame of our window showing an app:// page. */
export function isTrustedSender(sender: SenderInfo): boolean {
  return sender.fromAppWindow && sender.isMainFrame && sender.frameUrl !== null && isAppUrl(sender.frameUrl);
}

/** Navigation stays inside the app. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** https sites that links in the app may open in the user's browser. */
export const EXTERNAL_ALLOW_LIST: readonly string[] = ['www.imy.se', 'imy.se', 'eur-lex.europa.eu', 'www.riksdagen.se', 'www.verksamt.se'];

/** Only plain https links to allow-listed hosts, without credentials or odd ports. */
export function isAllowedExternalUrl(url: string, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  return allowList.includes(parsed.hostname.toLowerCase());
}
