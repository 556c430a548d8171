// Filling templates: fields, formats, defaults, repeated sections and rows, conditions, split styled runs.
import { modelText, render } from '../../../src/core/templates';
import type { Paragraph, Table } from '../../../src/core/templates/model';
import type { TemplateShape } from '../../../src/core/templates/shape';
import { doc, fill, p, t } from './helpers';

const shape: TemplateShape = {
  fields: [
    { name: 'Name', type: 'text' },
    { name: 'Phone', type: 'phone' },
    { name: 'Due', type: 'date' },
    { name: 'Compensation', type: 'money' },
    { name: 'Urgent', type: 'boolean' },
    { name: 'Description', type: 'longText' },
  ],
  relations: { Branch: { fields: [{ name: 'Name', type: 'text' }] } },
  lists: {
    Issues: {
      fields: [
        { name: 'Summary', type: 'text' },
        { name: 'Branch', type: 'text' },
      ],
      lists: {
        NextSteps: {
          fields: [
            { name: 'What', type: 'text' },
            { name: 'Owner', aliases: ['Who'], type: 'text' },
          ],
        },
      },
    },
    Principles: { fields: [], scalar: 'text' },
  },
};

const data = {
  Name: 'Ada Lovelace',
  Phone: '',
  Due: new Date('2026-11-20T12:00:00Z'),
  Compensation: 2400,
  Urgent: true,
  Description: 'Mould in the bedroom.\nLandlord ignores emails.',
  Branch: { Name: 'Hackney' },
  Issues: [
    {
      Summary: 'Mould',
      Branch: 'East',
      NextSteps: [
        { What: 'Write letter', Owner: 'Sam' },
        { What: 'Visit', Owner: 'Jo' },
      ],
    },
    { Summary: 'Deposit', Branch: 'East', NextSteps: [] },
  ],
  Principles: ['Listen', 'Member leads'],
};

const text = (model: Parameters<typeof modelText>[0]) => modelText(model);

describe('render', () => {
  it('fills fields, formats and defaults', () => {
    const model = doc(
      p(
        '{{Name|upper}} owes nothing; due {{Due|date}} ({{Due|date:short}}): {{Compensation|gbp:pence}}, {{Compensation}}',
      ),
      p('Phone: {{Phone|default:"not given"}} / {{Missing date|date|default:"to agree"}}'),
    );
    const withMissing: TemplateShape = {
      ...shape,
      fields: [...shape.fields, { name: 'Missing date', type: 'date' }],
    };
    expect(text(fill(model, data, withMissing))).toBe(
      'ADA LOVELACE owes nothing; due 20 November 2026 (20/11/2026): £2,400.00, £2,400\nPhone: not given / to agree',
    );
  });

  it('repeats paragraph-level sections, nested, with {{@number}} and item fields by plain name', () => {
    const model = doc(
      p('{{#each Issues}}'),
      p('{{@number}}. {{Summary}} ({{Branch}}, branch {{Branch.Name}})'),
      p('{{#each NextSteps}}'),
      p('- {{@number}} {{What}}: {{Who}}'),
      p('{{else}}'),
      p('- nothing agreed'),
      p('{{/each}}'),
      p('{{/each}}'),
      p('{{#each Principles}}{{this}}; {{/each}}'),
    );
    expect(text(fill(model, data, shape))).toBe(
      [
        '1. Mould (East, branch Hackney)',
        '- 1 Write letter: Sam',
        '- 2 Visit: Jo',
        '2. Deposit (East, branch Hackney)',
        '- nothing agreed',
        'Listen; Member leads; ',
      ].join('\n'),
    );
  });

  it('chooses #if / {{else}} / #unless by whether a value is filled in', () => {
    const model = doc(
      p('{{#if Urgent}}'),
      p('URGENT'),
      p('{{else}}'),
      p('not urgent'),
      p('{{/if}}'),
      p(
        '{{#unless Phone}}No phone.{{/unless}}{{#if Issues}} Has issues.{{/if}}{{#if Compensation}} Won.{{else}} Nothing.{{/if}}',
      ),
    );
    expect(text(fill(model, data, shape))).toBe('URGENT\nNo phone. Has issues. Won.');
    const quiet = { ...data, Urgent: false, Phone: '07700 900123', Issues: [], Compensation: 0 };
    expect(text(fill(model, quiet, shape))).toBe('not urgent\n Nothing.');
  });

  it('copies a table row once per item, keeping rows without markers', () => {
    const model = doc(
      t(
        ['Issue', 'Action', 'Owner'],
        ['{{#each Issues}}{{Summary}}', '{{#each NextSteps}}{{What}}{{/each}}', '{{/each}}'],
      ),
    );
    const table = fill(model, data, shape).blocks[0] as Table;
    expect(
      table.rows.map((row) =>
        row.cells.map((cell) => cell.content.map((x) => x.runs.map((r) => r.text).join('')).join('|')),
      ),
    ).toEqual([
      ['Issue', 'Action', 'Owner'],
      ['Mould', 'Write letterVisit', ''],
      ['Deposit', '', ''],
    ]);
  });

  it('repeats a one-cell row wrapped in each, and drops a table left with no rows', () => {
    const oneCell = doc(t(['{{#each Principles}}{{this}}{{/each}}']));
    expect((fill(oneCell, data, shape).blocks[0] as Table).rows).toHaveLength(2);
    expect(fill(oneCell, { ...data, Principles: [] }, shape).blocks).toEqual([]);
  });

  it('keeps the style of the run where a placeholder starts when Docs split it over runs', () => {
    const model = doc(
      p('Dear ', { text: '{{Na', bold: true }, { text: 'me}}', italic: true }, { text: ',', italic: true }),
    );
    const paragraph = fill(model, data, shape).blocks[0] as Paragraph;
    expect(paragraph.runs).toEqual([
      { text: 'Dear ' },
      { text: 'Ada Lovelace', bold: true },
      { text: ',', italic: true },
    ]);
  });

  it('turns line breaks in values into Docs line breaks so a value never splits a paragraph', () => {
    const paragraph = fill(doc(p('{{Description}}')), data, shape).blocks[0] as Paragraph;
    expect(paragraph.runs[0]!.text).toBe('Mould in the bedroom.\u000bLandlord ignores emails.');
  });

  it('prints dates in the given time zone', () => {
    const lateSummer = { ...data, Due: new Date('2026-07-14T23:30:00Z') };
    expect(text(fill(doc(p('{{Due|date}}')), lateSummer, shape, 'Europe/London'))).toBe('15 July 2026');
    expect(text(fill(doc(p('{{Due|date}}')), lateSummer, shape, 'UTC'))).toBe('14 July 2026');
    const winter = { ...data, Due: new Date('2026-01-14T23:30:00Z') };
    expect(text(fill(doc(p('{{Due|date}}')), winter, shape, 'Europe/London'))).toBe('14 January 2026');
  });

  it('leaves no {{ in the output and keeps paragraph styles and bullets', () => {
    const heading: Paragraph = {
      ...p('{{Name}}'),
      namedStyleType: 'HEADING_1',
      bullet: { listId: 'l', nestingLevel: 1, ordered: true },
    };
    const result = render(doc(heading, p('{{#each Issues}}{{Summary}}{{/each}}')), data, shape, {
      timeZone: 'UTC',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(modelText(result.model)).not.toContain('{{');
    expect(result.model.blocks[0]).toMatchObject({
      namedStyleType: 'HEADING_1',
      bullet: { nestingLevel: 1 },
    });
  });
});

test('a paragraph holding only block tags closes several blocks at once', () => {
  const model = doc(
    p('{{#each Issues}}'),
    p('{{#if Urgent}}'),
    p('{{Summary}}'),
    p('{{/if}} {{/each}}'),
    p('done'),
  );
  expect(modelText(fill(model, data, shape))).toBe('Mould\nDeposit\ndone');
});
