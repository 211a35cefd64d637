// TEMPORARY placeholder: replaced in this session.
export function ProcessorRegisterPage() {
  return null;
}
