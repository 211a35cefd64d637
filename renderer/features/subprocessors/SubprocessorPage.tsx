// TEMPORARY placeholder: replaced in this session.
export function SubprocessorPage() {
  return null;
}
