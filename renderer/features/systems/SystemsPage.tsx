// TEMPORARY placeholder: replaced in this session.
export function SystemsPage() {
  return null;
}
