// What the shell writes to stderr about an unexpected error. The core never puts a password or a
// register key into an error on purpose (keys travel as hex in `PRAGMA key = "x'…'"`); as a second
// line of defence, any long run of hex digits is blanked before a line is written, so that a key
// cannot reach a terminal, a crash report or a support e-mail even through a message we did not
// foresee.

/** 32 hex digits or more: a register key (64), a key with its salt (96), a salt (32). */
const HEX_RUN = /(?<![0-9a-f])[0-9a-f]{32,}(?![0-9a-f])/gi;

export function redactSecrets(text: string): string {
  return text.replace(HEX_RUN, '[redacted]');
}

/** One log entry: the message and the error (its stack when it has one), hex runs blanked. */
export function formatLogEntry(message: string, error: unknown): string {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return redactSecrets(`[förteckna] ${message}: ${detail}`);
}
