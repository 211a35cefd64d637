// TEMPORARY placeholder: replaced in this session.
export function ActivityPage() {
  return null;
}
