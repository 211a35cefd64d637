// TEMPORARY placeholder: replaced in this session.
export function RetentionPage() {
  return null;
}
