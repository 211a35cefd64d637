import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRegisterPath, registerPathFromArgv } from '../../../electron/main/argv';

describe('registerPathFromArgv', () => {
  const cwd = path.resolve('/home/anna');

  it('finds a .forteckna file in a packaged argv (Windows/Linux double-click)', () => {
    expect(registerPathFromArgv(['/opt/Förteckna/forteckna', '/data/Kunder AB.forteckna'], cwd)).toBe(
      path.resolve('/data/Kunder AB.forteckna'),
    );
  });

  it('skips the app folder and switches of an unpackaged run, and resolves relative paths', () => {
    expect(registerPathFromArgv(['/usr/bin/electron', '/work/main', '--inspect=0', 'reg/test.FORTECKNA'], cwd)).toBe(
      path.join(cwd, 'reg', 'test.FORTECKNA'),
    );
  });

  it('ignores switches that merely end in .forteckna and returns null without a register', () => {
    expect(registerPathFromArgv(['/x/forteckna', '--open=a.forteckna'], cwd)).toBeNull();
    expect(registerPathFromArgv(['/x/forteckna'], cwd)).toBeNull();
    expect(registerPathFromArgv(['a.forteckna'], cwd)).toBeNull(); // argv[0] is the executable
    expect(registerPathFromArgv([], cwd)).toBeNull();
  });

  it('takes the last register when several are given', () => {
    expect(registerPathFromArgv(['/x/forteckna', '/a.forteckna', '/b.forteckna'], cwd)).toBe(path.resolve('/b.forteckna'));
  });

  it('isRegisterPath needs a name before the extension', () => {
    expect(isRegisterPath('.forteckna')).toBe(false);
    expect(isRegisterPath('x.forteckna')).toBe(true);
    expect(isRegisterPath('x.forteckna.bak')).toBe(false);
  });
});
