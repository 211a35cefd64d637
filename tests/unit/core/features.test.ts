import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract';
import { featureMethods } from '../../../shared/contract/features';
import { coreFeatures } from '../../../electron/core/features';

/** Every name that occurs more than once in `names`. */
function repeated(names: string[]): string[] {
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

describe('feature manifests', () => {
  it('declare each method in one feature map only', () => {
    const declared = featureMethods.flatMap((map) => Object.keys(map));
    expect(repeated(declared)).toEqual([]);
    expect(declared.sort()).toEqual(Object.keys(methods).sort());
  });

  it('give every method in the contract exactly one handler, and no handler without a method', () => {
    const handled = coreFeatures.flatMap((feature) => Object.keys(feature.handlers));
    expect(repeated(handled)).toEqual([]);
    const contract = new Set(Object.keys(methods));
    expect(handled.filter((name) => !contract.has(name))).toEqual([]);
    expect([...contract].filter((name) => !handled.includes(name))).toEqual([]);
  });
});
