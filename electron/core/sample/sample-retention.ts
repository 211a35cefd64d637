import type { Session } from '../session';
import type { SampleRefs } from './sample-register';

/** The sample's retention rules applied to the register's own records (issue 6). */
export function writeSampleOwnDataRules(_session: Session, _refs: SampleRefs): void {}
