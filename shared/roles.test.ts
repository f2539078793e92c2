import { describe, expect, it } from 'vitest';
import { can, ROLE_PT, ROLES } from './roles.ts';

describe('admin roles', () => {
  it('each role can do what the lower ones can, and not more', () => {
    expect(ROLES.flatMap((r) => ROLES.filter((n) => can(r, n)).map((n) => `${r}>=${n}`))).toEqual([
      'viewer>=viewer',
      'editor>=viewer',
      'editor>=editor',
      'publisher>=viewer',
      'publisher>=editor',
      'publisher>=publisher',
    ]);
    expect(ROLES.map((r) => ROLE_PT[r])).toEqual(['leitura', 'edição', 'publicação']);
  });
});
