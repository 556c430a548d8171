// Reading what is inside {{ }}: fields, formats, defaults and block markers.
import { parseTag } from '../../../src/core/templates/tags';

describe('parseTag', () => {
  it('reads a field with a dotted path', () => {
    expect(parseTag(' Member . Name ')).toEqual({
      ok: true,
      tag: { kind: 'field', path: ['Member', 'Name'], formats: [] },
    });
  });

  it('reads formats with options and a quoted default, in any quote style Docs may produce', () => {
    expect(parseTag('Due|date:short|default:"to be agreed"')).toEqual({
      ok: true,
      tag: {
        kind: 'field',
        path: ['Due'],
        formats: [{ name: 'date', option: 'short' }],
        fallback: 'to be agreed',
      },
    });
    const curly = parseTag('Phone|default:\u201cnot given | ask\u201d');
    expect(curly).toEqual({
      ok: true,
      tag: { kind: 'field', path: ['Phone'], formats: [], fallback: 'not given | ask' },
    });
    expect(parseTag("Phone|default:don't know")).toMatchObject({ ok: true, tag: { fallback: "don't know" } });
  });

  it('reads block markers, case-insensitively', () => {
    expect(parseTag('#each Next steps')).toEqual({
      ok: true,
      tag: { kind: 'open', block: 'each', path: ['Next steps'] },
    });
    expect(parseTag('#IF Urgent')).toEqual({
      ok: true,
      tag: { kind: 'open', block: 'if', path: ['Urgent'] },
    });
    expect(parseTag('/unless')).toEqual({ ok: true, tag: { kind: 'close', block: 'unless' } });
    expect(parseTag(' else ')).toEqual({ ok: true, tag: { kind: 'else' } });
  });

  it('refuses unknown formats, unknown blocks and empty tags with a message saying what is allowed', () => {
    const format = parseTag('Compensation|euros');
    expect(format.ok).toBe(false);
    expect(!format.ok && format.message).toContain('unknown format "euros"');
    expect(!format.ok && format.message).toContain('gbp');
    expect(parseTag('Due|date:fancy').ok).toBe(false);
    expect(parseTag('#for Issues')).toEqual({
      ok: false,
      message: '{{#for Issues}}: blocks are #each, #if and #unless',
    });
    expect(parseTag('#each').ok).toBe(false);
    expect(parseTag('  ').ok).toBe(false);
  });
});
