// The derived search text of a service. Pure, so that the portable import derives it the same way
// when it rebuilds a register from a file.
import { foldForSearch } from '../text';

/** What the search box matches: name, subject matter and purpose (both languages), notes. */
export function serviceSearchText(f: {
  name: string;
  subjectMatter: string;
  purpose: string;
  subjectMatterEn: string;
  purposeEn: string;
  notes: string;
}): string {
  return foldForSearch([f.name, f.subjectMatter, f.purpose, f.subjectMatterEn, f.purposeEn, f.notes].join(' \u001f '));
}
