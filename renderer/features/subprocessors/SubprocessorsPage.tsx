// TEMPORARY placeholder: replaced in this session.
export function SubprocessorsPage() {
  return null;
}
