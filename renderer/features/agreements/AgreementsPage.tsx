import { ComingSoon } from '../../ui/ComingSoon';

/** Placeholder until this area is built (product.md §3). */
export function AgreementsPage() {
  return <ComingSoon area="agreements" />;
}
