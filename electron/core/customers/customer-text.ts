// The derived text columns of a customer: what search matches. Pure, so that the portable import
// derives them the same way when it rebuilds a register from a file.
import { foldForSearch } from '../text';

export interface CustomerText {
  name: string;
  orgNr: string;
  visitingAddress: { city: string };
  contactPersons: readonly { name: string; email: string }[];
}

/** What the search box matches: name, org no (with and without dash), city, contacts. */
export function customerSearchText(f: CustomerText): string {
  return foldForSearch(
    [f.name, f.orgNr, f.orgNr.replace('-', ''), f.visitingAddress.city, ...f.contactPersons.flatMap((p) => [p.name, p.email])].join(
      ' \u001f ',
    ),
  );
}
