import type { Customer } from '../../../shared/contract';

/** The customer's sites and the equipment placed there, on the customer page (issue 6). */
export function CustomerSites(_props: { customer: Customer }) {
  return null;
}
