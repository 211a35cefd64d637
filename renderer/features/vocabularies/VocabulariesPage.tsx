// TEMPORARY placeholder: replaced in this session.
export function VocabulariesPage() {
  return null;
}
