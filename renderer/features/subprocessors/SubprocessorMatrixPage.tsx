// TEMPORARY placeholder: replaced in this session.
export function SubprocessorMatrixPage() {
  return null;
}
