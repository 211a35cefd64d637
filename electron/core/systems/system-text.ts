// The derived search text of a system. Pure, so that the portable import derives it the same way
// when it rebuilds a register from a file.
import type { HostingKind, LocationKind, SystemKind } from '../../../shared/domain/enums';
import { countryName, enumLabel, labels } from '../../../shared/domain/labels';
import { foldForSearch } from '../text';

export interface SystemText {
  name: string;
  nameEn: string;
  kind: SystemKind;
  hosting: HostingKind;
  locationKind: LocationKind;
  country: string;
  regionName: string;
  location: string;
  supplierName: string;
}

/** What the search box matches: names, kind and hosting in both languages, the place, location, supplier. */
export function systemSearchText(f: SystemText, subprocessorName: string): string {
  return foldForSearch(
    [
      f.name,
      f.nameEn,
      enumLabel('systemKind', f.kind, 'sv'),
      enumLabel('systemKind', f.kind, 'en'),
      enumLabel('hostingKind', f.hosting, 'sv'),
      enumLabel('hostingKind', f.hosting, 'en'),
      ...(f.locationKind === 'country'
        ? [f.country, countryName(f.country, 'sv'), countryName(f.country, 'en')]
        : f.locationKind === 'eea'
          ? [labels.locationKind.eea.sv, labels.locationKind.eea.en]
          : [f.regionName]),
      f.location,
      f.supplierName,
      subprocessorName,
    ].join(' \u001f '),
  );
}
