// TEMPORARY placeholder: replaced in this session.
export function ServicePage() {
  return null;
}
