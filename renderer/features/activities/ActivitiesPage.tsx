import { ComingSoon } from '../../ui/ComingSoon';

/** Placeholder until this area is built (product.md §3). */
export function ActivitiesPage() {
  return <ComingSoon area="activities" />;
}
