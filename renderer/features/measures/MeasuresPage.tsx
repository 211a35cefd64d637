// TEMPORARY placeholder: replaced in this session.
export function MeasuresPage() {
  return null;
}
