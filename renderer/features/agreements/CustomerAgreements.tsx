import type { Customer } from '../../../shared/contract';

/** The customer's PUB-avtal on the customer page (issue 4). */
export function CustomerAgreements(_props: { customer: Customer }) {
  return null;
}
