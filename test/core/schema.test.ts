import { headerKey } from '../../src/core/headerKey';
import { fitScore, ISSUES, MEMBERS, mapHeaders, missingRequiredMessage, TABLES } from '../../src/core/schema';

describe('schema', () => {
  it.each(TABLES.map((t) => [t.sheetName, t]))('%s: headers and aliases are unambiguous', (_name, table) => {
    const seen = new Map<string, string>();
    for (const column of table.columns) {
      for (const name of [column.header, ...(column.aliases ?? [])]) {
        const key = headerKey(name);
        expect(seen.get(key) ?? column.header).toBe(column.header);
        seen.set(key, column.header);
      }
      if (column.type === 'enum') expect(column.values?.length).toBeGreaterThan(1);
      if (column.type === 'ref') expect(column.refTable).toBeDefined();
    }
  });

  it('every table with ids has a unique id prefix and an id column first', () => {
    const prefixes = TABLES.flatMap((t) => (t.idPrefix ? [t.idPrefix] : []));
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const t of TABLES.filter((t) => t.idPrefix)) expect(t.columns[0]!.type).toBe('id');
  });
});

describe('mapHeaders', () => {
  it('finds columns by header or alias, in any order, keeping extra columns', () => {
    const map = mapHeaders(['Problem', 'Status', 'Our own notes', 'case id', '', ''], ISSUES);
    expect(map.columns.get('Description')).toBe(0);
    expect(map.columns.get('Stage')).toBe(1);
    expect(map.columns.get('Issue ID')).toBe(3);
    expect(map.extras).toEqual([{ header: 'Our own notes', index: 2 }]);
    expect(map.width).toBe(4);
  });

  it('prefers an exact header over an alias', () => {
    const map = mapHeaders(['Notes', 'Description'], ISSUES);
    expect(map.columns.get('Description')).toBe(1);
    expect(map.extras.map((e) => e.header)).toEqual(['Notes']);
  });

  it('names a missing required column in plain words', () => {
    const map = mapHeaders(['Email'], MEMBERS);
    expect(missingRequiredMessage(map, 'Members')).toBe(
      'The "Members" sheet has no "Member ID", "Name" columns. Add them back to row 1 (any position), or run Solidarity Desk > Set up to repair it.',
    );
  });

  it('scores how much a sheet looks like a table', () => {
    expect(fitScore(['Tenant name', 'E-mail', 'Mobile', 'Post code'], MEMBERS)).toBeGreaterThan(0.2);
    expect(fitScore(['Tenant name', 'E-mail', 'Mobile', 'Post code'], ISSUES)).toBe(0);
  });
});
