import type { Customer } from '../../../shared/contract';
import type { Session } from '../session';

/** PUB-avtal of some sample customers in different states (issue 4). */
export function writeSampleAgreements(_session: Session, _customers: Customer[]): void {}
