import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/extract/check.js';
import { extract } from '../../src/extract/extract.js';
import { addEntry, emptyRegistry, readRegistryDir, type Registry } from '../../src/extract/registry.js';

const meta = { id: 'article:roles', title: null, publisher: null, published: '2024-03-06', url: null, textFile: 'roles.txt' };

/** A registry that knows the seed's roles of the grid but none of the posts the text names. */
function rolesOnly(...ids: string[]): Registry {
  const seed = readRegistryDir('seed/registry');
  const registry = emptyRegistry();
  for (const id of ids) addEntry(registry, 'roles', seed.byId.get(id)!);
  return registry;
}

const TEXT = [
  'Ngày 5/3/2024, HĐND tỉnh Hà Giang bầu ông Nguyễn Văn Sơn giữ chức Chủ tịch UBND tỉnh Hà Giang, nhiệm kỳ 2021-2026.',
  'Ông Sơn từng là Chủ tịch UBND huyện Mèo Vạc, Chủ tịch UBND thị trấn Yên Minh.',
].join(' ');

describe('proposed posts carry the registry role the gazetteer names', () => {
  it('a province chairman post gets role:chu-tich-ubnd-tinh, a district chairman post role:chu-tich-ubnd-huyen, a township one none', () => {
    const registry = rolesOnly('role:chu-tich-ubnd-tinh', 'role:chu-tich-ubnd-huyen');
    const { proposed, draft } = extract({ text: TEXT, registry, meta });
    const roles = Object.fromEntries((proposed.get('positions') ?? []).map((position) => [position.title, position.role]));
    expect(roles).toEqual({
      'Chủ tịch UBND tỉnh': 'role:chu-tich-ubnd-tinh',
      'Chủ tịch UBND huyện Mèo Vạc': 'role:chu-tich-ubnd-huyen',
      'Chủ tịch UBND thị trấn Yên Minh': undefined,
    });
    const loaded = checkDraft(draft, TEXT, registry, proposed);
    // The registry has no role for a commune's or township's chairman: the validator still says so, for that post only.
    expect(loaded.warnings.filter((issue) => issue.code === 'ROLE_MISSING').map((issue) => issue.message)).toEqual([
      '"Chủ tịch UBND thị trấn Yên Minh" is a People\'s Committee chairman\'s post without its role (e.g. "role:chu-tich-ubnd-tinh")',
    ]);
  });

  it('a role the registry does not hold is not referred to', () => {
    const { proposed } = extract({ text: TEXT, registry: emptyRegistry(), meta });
    expect((proposed.get('positions') ?? []).map((position) => position.role)).toEqual([undefined, undefined, undefined]);
  });
});
