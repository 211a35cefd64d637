import { describe, expect, it } from 'vitest';
import { errorBoxFor } from '../../../electron/main/error-box';

// The shell's own opens (menu, double-clicked file, last register at start-up): which failures get
// a native box. An encrypted register without its password gets the unlock screen instead.

describe('errorBoxFor', () => {
  it('shows no native box for an encrypted register waiting for its password, nor for a cancel', () => {
    const locked = { path: '/reg/kund.forteckna', fileName: 'kund.forteckna', retryAfterMs: 0 };
    expect(errorBoxFor({ code: 'PASSWORD_REQUIRED', message: 'x', details: locked }, 'sv', locked.path)).toBeNull();
    expect(errorBoxFor({ code: 'WRONG_PASSWORD', message: 'x', details: locked }, 'sv', locked.path)).toBeNull();
    expect(errorBoxFor({ code: 'CANCELLED', message: 'x' }, 'en')).toBeNull();
  });

  it('explains other failures in the chosen language, naming the file', () => {
    const box = errorBoxFor({ code: 'NOT_A_REGISTER', message: 'The file is not a register.' }, 'sv', '/reg/bild.png');
    expect(box).toEqual({
      title: 'Förteckna',
      message: 'Registret kunde inte öppnas.',
      detail: '/reg/bild.png\n\nFilen är inte ett Förteckna-register eller är skadad.',
    });
    expect(errorBoxFor({ code: 'NOT_A_REGISTER', message: '' }, 'en')).toMatchObject({
      message: 'The register could not be opened.',
      detail: 'The file is not a Förteckna register, or it is damaged.',
    });
  });
});
