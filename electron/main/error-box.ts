// Which failures of the shell's own calls (opening a register from the menu, a double-clicked file,
// the last register at start-up) get a native error box, and what it says. No electron import:
// index.ts shows the box, the unit tests check the decision.
import type { AppError } from '../../shared/errors';
import { messages, type Language } from '../../shared/messages';
import { translator } from './texts';

/**
 * Failures the renderer shows itself: a cancelled dialog, and an encrypted register without its
 * password. For the latter the core has emitted register.locked and keeps the file as
 * register.lockedFile, so the unlock screen appears, also when the window opens only later (the
 * last register at start-up). The shell never passes a password, so WRONG_PASSWORD cannot come
 * from its own calls; should it, the unlock screen is still the place for it.
 */
const SHOWN_BY_RENDERER: ReadonlySet<string> = new Set(['CANCELLED', 'PASSWORD_REQUIRED', 'WRONG_PASSWORD']);

export interface ErrorBox {
  title: string;
  message: string;
  detail: string;
}

/** The native box for `error` (about `file`, when one was being opened), or null for none. */
export function errorBoxFor(error: AppError, language: Language, file?: string): ErrorBox | null {
  if (SHOWN_BY_RENDERER.has(error.code)) return null;
  const t = translator(language);
  const key = `e.${error.code}`;
  const explanation = Object.hasOwn(messages, key) ? messages[key as keyof typeof messages][language] : '';
  return {
    title: t('dialog.errorTitle'),
    message: t('dialog.openFailed'),
    detail: [file, explanation].filter(Boolean).join('\n\n'),
  };
}
