// TEMPORARY placeholder: replaced in this session.
export function ServicesPage() {
  return null;
}
