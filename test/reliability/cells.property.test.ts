// Properties of the pure edge: cell neutralisation against the sheet fake's typed-input parser, long text splitting.
import fc from 'fast-check';
import { enter } from '../../local/spreadsheet/typed-input';
import { neutraliseText, toCell } from '../../src/core/cells';
import { CELL_TEXT_LIMIT, fitRecord, splitLongText } from '../../src/core/longText';
import type { ColumnType } from '../../src/core/schema/types';
import { anyCellInput, hostileText, PURE_RUNS, settings } from './arbitraries';

/** How Sheets reads a string a script writes (USER_ENTERED), as the local fake models it. */
const TYPED = { timeZone: 'Europe/London', now: new Date('2026-11-20T10:00:00Z'), plainText: false };

const COLUMN_TYPES: readonly ColumnType[] = [
  'id',
  'ref',
  'text',
  'longText',
  'email',
  'phone',
  'postcode',
  'date',
  'datetime',
  'money',
  'number',
  'enum',
  'boolean',
  'url',
];

describe('neutralised text written to a sheet', () => {
  it('reads back exactly as written and never becomes a formula', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const entry = enter(neutraliseText(text), TYPED);
        expect(entry.formula).toBeUndefined();
        expect(entry.value).toBe(text);
      }),
      settings(PURE_RUNS),
    );
  });

  it('"1e5", "5 March 2024", "2024-01-05T10:00" and "£-5" stay text', () => {
    for (const text of ['1e5', ' 1E+5 ', '5 March 2024', 'March 5, 2024', '2024-01-05T10:00', '£-5']) {
      expect(enter(neutraliseText(text), TYPED).value).toBe(text);
    }
  });

  it('toCell never throws, and what it gives is never a formula, for any value in any column', () => {
    fc.assert(
      fc.property(anyCellInput, fc.constantFrom(...COLUMN_TYPES), (value, type) => {
        const cell = toCell(value, { type });
        expect(['string', 'number', 'boolean'].includes(typeof cell) || cell instanceof Date).toBe(true);
        expect(enter(cell, TYPED).formula).toBeUndefined();
        if (typeof value === 'string' && value !== '') {
          expect(enter(cell, TYPED).value).toBe(value);
        }
      }),
      settings(PURE_RUNS),
    );
  });
});

/** Text with plenty of whitespace, emoji (surrogate pairs) and long words, to split. */
const splittable = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '\n', '🏠', 'é', '\u200d', 'xyzxyzxyz'),
  maxLength: 400,
});

describe('long text split into cell-sized parts', () => {
  it('joins back to exactly the text, every part within the limit, no emoji cut in half', () => {
    fc.assert(
      fc.property(splittable, fc.integer({ min: 2, max: 60 }), (text, limit) => {
        const parts = splitLongText(text, limit);
        expect(parts.join('')).toBe(text);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(limit);
          if (parts.length > 1) expect(part.length).toBeGreaterThan(0);
          const last = part.charCodeAt(part.length - 1);
          if (part !== parts.at(-1)) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        }
      }),
      settings(PURE_RUNS),
    );
  });

  it('splits at whitespace when there is any in the second half of a part', () => {
    const text = `${'word '.repeat(12000)}end`;
    const parts = splitLongText(text);
    expect(parts.length).toBe(2);
    expect(parts[0]!.endsWith(' ')).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  it('fits every value of a record in a cell and returns the rest, losing nothing', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('A', 'B', 'C'), splittable), (record) => {
        const { values, overflow } = fitRecord(record, 'Intake review', 50);
        for (const [column, value] of Object.entries(values)) {
          const moved = overflow.find((o) => o.column === column);
          if (!moved) expect(value).toBe(record[column]);
          else {
            expect(moved.parts.join('')).toBe(record[column]);
            expect(String(value).startsWith(moved.parts[0]!)).toBe(true);
          }
        }
      }),
      settings(PURE_RUNS),
    );
  });

  it('keeps a 60,000-character description whole, each cell under the Sheets limit', () => {
    const description = 'Damp and mould in every room. '.repeat(2000);
    const { values, overflow } = fitRecord({ Description: description }, 'Intake review');
    expect(String(values.Description).length).toBeLessThan(CELL_TEXT_LIMIT);
    expect(overflow[0]!.parts.join('')).toBe(description);
    expect(overflow[0]!.parts.every((p) => p.length < CELL_TEXT_LIMIT)).toBe(true);
  });
});
