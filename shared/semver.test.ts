import { describe, expect, it } from 'vitest';
import { bumpVersion, compareSemver, maxSemver, parseSemver } from './semver.ts';

describe('pack versions', () => {
  it('compares numerically, finds the greatest, bumps each part', () => {
    expect(compareSemver('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(maxSemver(['1.0.0', '1.10.0', '1.9.3'])).toBe('1.10.0');
    expect(bumpVersion('1.2.9', 'patch')).toBe('1.2.10');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
  });

  it('treats anything but exactly x.y.z as 0.0.0, whoever calls', () => {
    for (const bad of ['1.0.0-rc1', '1.0', 'v1.0.0', 'x', '']) {
      expect(parseSemver(bad)).toBeUndefined();
      expect(compareSemver(bad, '0.0.0')).toBe(0);
      expect(bumpVersion(bad, 'patch')).toBe('0.0.1');
    }
    expect(parseSemver(' 1.2.3 ')).toEqual([1, 2, 3]);
  });
});
