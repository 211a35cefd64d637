// The derived search text of a system. Pure, so that the portable import derives it the same way
// when it rebuilds a register from a file.
import type { HostingKind, SystemKind } from '../../../shared/domain/enums';
import { countryName, enumLabel } from '../../../shared/domain/labels';
import { foldForSearch } from '../text';

export interface SystemText {
  name: string;
  kind: SystemKind;
  hosting: HostingKind;
  country: string;
  location: string;
  supplierName: string;
}

/** What the search box matches: name, kind and hosting in both languages, country, location, supplier. */
export function systemSearchText(f: SystemText, subprocessorName: string): string {
  return foldForSearch(
    [
      f.name,
      enumLabel('systemKind', f.kind, 'sv'),
      enumLabel('systemKind', f.kind, 'en'),
      enumLabel('hostingKind', f.hosting, 'sv'),
      enumLabel('hostingKind', f.hosting, 'en'),
      f.country,
      countryName(f.country, 'sv'),
      countryName(f.country, 'en'),
      f.location,
      f.supplierName,
      subprocessorName,
    ].join(' \u001f '),
  );
}
