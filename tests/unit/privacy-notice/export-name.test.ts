import { describe, expect, it } from 'vitest';
import { safeExportName } from '../../../electron/core/files/export';

describe('export file names', () => {
  it('keeps the whole organisation name, without characters Windows or macOS refuse', () => {
    expect(safeExportName('Integritetspolicy Kund AB/Öst: "Syd" 2026-11-22.docx')).toBe(
      'Integritetspolicy Kund AB Öst Syd 2026-11-22.docx',
    );
    expect(safeExportName('...docx')).toBe('Export.docx');
    expect(safeExportName('Policy.')).toBe('Policy');
  });
});
