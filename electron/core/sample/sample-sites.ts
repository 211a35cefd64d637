import type { Customer } from '../../../shared/contract';
import type { Session } from '../session';
import type { SampleRefs } from './sample-register';

/** Sites and equipment of the sample customers (issue 6). Called inside the sample's transaction. */
export function writeSampleSites(_session: Session, _customers: Customer[], _refs: SampleRefs): void {}
