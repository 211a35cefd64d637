import type { Row } from './kit';

/** Bench scenarios of this feature (quality.md budgets), on the reference register at `file`. */
export async function benchPortable(_dir: string, _file: string, _size: number): Promise<Row[]> {
  return [];
}
