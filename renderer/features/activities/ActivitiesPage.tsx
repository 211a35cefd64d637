// TEMPORARY placeholder: replaced in this session.
export function ActivitiesPage() {
  return null;
}
