// Validation reports every problem with its place, before anything is filled.
import { describeProblem, render, validate } from '../../../src/core/templates';
import type { TemplateShape } from '../../../src/core/templates/shape';
import { doc, p, t } from './helpers';

const shape: TemplateShape = {
  fields: [
    { name: 'Name', aliases: ['Full name'], type: 'text' },
    { name: 'Summary', type: 'text' },
    { name: 'Urgent', type: 'boolean' },
  ],
  relations: {
    Member: {
      fields: [
        { name: 'Name', type: 'text' },
        { name: 'Phone', type: 'phone' },
      ],
    },
  },
  lists: {
    Issues: {
      fields: [{ name: 'Summary', type: 'text' }],
      lists: { NextSteps: { fields: [{ name: 'Who', type: 'text' }] } },
    },
  },
};

const messages = (model: ReturnType<typeof doc>) => validate(model, shape).map(describeProblem);

describe('validate', () => {
  it('accepts names typed with other case, spacing, punctuation, or an alias', () => {
    expect(
      messages(doc(p('{{name}} {{FULL-NAME}} {{ member.phone }} {{#each issues}}{{summary}}{{/each}}'))),
    ).toEqual([]);
  });

  it('suggests the closest known name for a typo, with where it is', () => {
    expect(messages(doc(p('Hello'), p('Dear {{Nmae}},')))).toEqual([
      'paragraph 2: {{Nmae}}: did you mean {{Name}}?',
    ]);
    expect(messages(doc(p('{{Member.Phnoe}}')))).toEqual([
      'paragraph 1: {{Member.Phnoe}}: did you mean {{Member.Phone}}?',
    ]);
    expect(messages(doc(p('{{Landlord}}')))).toEqual([
      'paragraph 1: {{Landlord}}: no field has this name here',
    ]);
  });

  it('knows list item fields only inside their #each, and suggests from what is in scope', () => {
    expect(messages(doc(p('{{Who}}')))).toEqual(['paragraph 1: {{Who}}: no field has this name here']);
    const nested = doc(p('{{#each Issues}}'), p('{{#each NextSteps}}{{Whoo}}{{/each}}'), p('{{/each}}'));
    expect(messages(nested)).toEqual(['paragraph 2: {{Whoo}}: did you mean {{Who}}?']);
  });

  it('reports unclosed and mismatched blocks, stray closes and misplaced else', () => {
    expect(messages(doc(p('{{#each Issues}}'), p('{{Summary}}')))).toEqual([
      'paragraph 1: {{#each Issues}} is never closed: add {{/each}} where it should end',
    ]);
    expect(messages(doc(p('{{#if Urgent}}'), p('x'), p('{{/each}}')))).toEqual([
      'paragraph 3: {{/each}} closes {{#if Urgent}} (paragraph 1): write {{/if}}',
    ]);
    expect(messages(doc(p('x {{/if}}'), p('{{else}}')))).toEqual([
      'paragraph 1: {{/if}} has no {{#if …}} before it',
      'paragraph 2: {{else}} is outside any {{#if}}, {{#unless}} or {{#each}}',
    ]);
  });

  it('reports {{ without }}, unknown formats, and lists or records used as plain fields', () => {
    expect(messages(doc(p('Dear {{Name,'), p('{{Name|euros}}'), p('{{Issues}} {{Member}}')))).toEqual([
      'paragraph 1: "{{Name,": {{ is never closed with }}',
      expect.stringContaining('paragraph 2: {{Name|euros}}: unknown format "euros"'),
      'paragraph 3: {{Issues}} is a list: use {{#each Issues}} … {{/each}}',
      'paragraph 3: {{Member}} is a group of fields: name one, e.g. {{Member.Name}}',
    ]);
  });

  it('refuses to repeat something that is not a list', () => {
    expect(messages(doc(p('{{#each Summary}}x{{/each}}')))).toEqual([
      'paragraph 1: {{#each Summary}}: Summary is not a list, so it cannot repeat',
    ]);
  });

  it('places problems in tables by table, row and column', () => {
    const model = doc(
      p('Intro'),
      t(['Who', 'What']),
      t(['a', 'b'], ['{{#each Issues}}{{Sumary}}', '{{Name}}{{/each}}']),
    );
    expect(messages(model)).toEqual(['table 2, row 2, column 1: {{Sumary}}: did you mean {{Summary}}?']);
  });

  it('makes render refuse a broken template, returning every problem', () => {
    const result = render(doc(p('{{Nmae}}'), p('{{#if Urgent}}')), { Name: 'Ada' }, shape, {
      timeZone: 'Europe/London',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.length).toBe(2);
  });
});
