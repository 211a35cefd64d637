import { describe, expect, it } from 'vitest';
import { formatLogEntry, redactSecrets } from '../../../electron/main/log';

describe('the shell’s log lines', () => {
  const key = 'ab'.repeat(32);
  const salt = '0f'.repeat(16);

  it('blank register keys and salts, in the message and in the error', () => {
    const error = new Error(`PRAGMA key = "x'${key}${salt}'" failed`);
    const line = formatLogEntry(`Unexpected error with ${key}`, error);
    expect(line).not.toContain(key);
    expect(line).not.toContain(salt);
    expect(line).toContain('[redacted]');
    expect(line).toMatch(/^\[förteckna\] Unexpected error with \[redacted\]: Error: PRAGMA key/);
    expect(formatLogEntry('x', `salt ${salt.toUpperCase()}`)).not.toContain(salt.toUpperCase());
  });

  it('leave ordinary text, paths, ids and short hex alone', () => {
    const text = 'Integrity check of /data/kund-3f2a.forteckna could not run (pid 4711, 550e8400-e29b-41d4-a716-446655440000)';
    expect(redactSecrets(text)).toBe(text);
  });
});
