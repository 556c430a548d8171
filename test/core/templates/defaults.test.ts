// The default templates: valid for their shapes, and filled end to end through the Docs API bridge.
import { documentText, fromDocsDocument, readTable, render, validate } from '../../../src/core/templates';
import {
  AGENDA_SHAPE,
  AGENDA_TEMPLATE,
  DEFAULT_PRINCIPLES,
  DEFAULT_TEMPLATES,
  DEMAND_LETTER_SHAPE,
  DEMAND_LETTER_TEMPLATE,
  IMPACT_REPORT_SHAPE,
  IMPACT_REPORT_TEMPLATE,
  NEXT_STEPS_TABLE_COLUMNS,
  REPAIR_LETTER_SHAPE,
  REPAIR_LETTER_TEMPLATE,
  WRITE_UP_SHAPE,
  WRITE_UP_TEMPLATE,
} from '../../../src/core/templates/defaults';
import type { DocumentModel } from '../../../src/core/templates/model';
import type { TemplateShape } from '../../../src/core/templates/shape';
import { fill, writeToDocs } from './helpers';

const OWNERS = ['Sam Okafor', 'Jo Reyes', 'Priya Shah', 'Tom Byrne', 'Ama Mensah', 'Lee Wong', 'Kit Doyle'];
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 0, 0));

function issue(n: number) {
  return {
    'Issue ID': `ISS-${100 + n}`,
    Summary: `Issue number ${n}: ${n % 2 ? 'damp and mould' : 'deposit not returned'}`,
    Category: n % 2 ? 'Repairs' : 'Deposit',
    Description: `Member ${n} explained the problem.\nIt started in spring.`,
    'Legal situation': n % 3 ? 'The landlord must keep the home in repair.' : '',
    Demand: `Fix it within 14 days (${n})`,
    Landlord: `Landlord ${n}`,
    'Property address': `${n} Union Street, London E8`,
    Stage: 'Open',
    Urgent: n === 3,
    'Urgent reason': n === 3 ? 'Court hearing next week' : '',
    'Signposted to': n % 4 === 0 ? 'Shelter' : '',
    'Action date': n % 5 === 0 ? day(n) : '',
    'Follow-up date': day(28),
    Member: { 'Member ID': `M-${n}`, Name: `Member ${n}`, Address: `${n} Union Street` },
  };
}

function nextStep(n: number) {
  return {
    'Next step ID': `NS-${n}`,
    'Issue ID': `ISS-${100 + (n % 12) + 1}`,
    What: `Step ${n}`,
    Who: OWNERS[n % OWNERS.length],
    'By when': day(1 + (n % 27)),
    Where: n % 2 ? 'Community centre' : '',
    Status: 'To do',
  };
}

const meeting = { 'Meeting ID': 'MTG-7', Date: day(20), Place: 'St Mark’s Hall', Kind: 'Casework meeting' };
const branch = { Name: 'Hackney Renters', 'Team email': 'hackney@example.org' };

/** What the adapter does: template Doc -> documents.get -> render -> batchUpdate over a copy. */
function generate(template: DocumentModel, shape: TemplateShape, data: Record<string, unknown>) {
  const templateDoc = writeToDocs(template);
  const copy = writeToDocs(template);
  const result = render(fromDocsDocument(templateDoc.json), data, shape, { timeZone: 'Europe/London' });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return writeToDocs(result.model, copy.doc).json;
}

describe('default templates', () => {
  it.each(DEFAULT_TEMPLATES.map((template) => [template.kind, template] as const))(
    '%s is valid for its shape, also after a trip through a real Doc',
    (_, template) => {
      expect(validate(template.model, template.shape)).toEqual([]);
      expect(validate(fromDocsDocument(writeToDocs(template.model).json), template.shape)).toEqual([]);
    },
  );

  it('writes up a meeting of 12 issues and 30 next steps, and the next steps table reads back', () => {
    const steps = Array.from({ length: 30 }, (_, n) => nextStep(n + 1));
    const issues = Array.from({ length: 12 }, (_, n) => {
      const record = issue(n + 1);
      return { ...record, NextSteps: steps.filter((step) => step['Issue ID'] === record['Issue ID']) };
    });
    const json = generate(WRITE_UP_TEMPLATE, WRITE_UP_SHAPE, {
      Meeting: meeting,
      Branch: branch,
      Issues: issues,
      NextSteps: steps,
    });
    const text = documentText(json);
    expect(text).not.toContain('{{');
    for (const record of issues) expect(text).toContain(record.Summary);
    for (const owner of OWNERS) expect(text).toContain(owner);
    expect(text).toContain('Friday 20 November 2026');
    expect(text).toContain('Urgent: Court hearing next week');
    expect(text).toContain('Specialist help: Shelter');

    const rows = readTable(json, NEXT_STEPS_TABLE_COLUMNS)!;
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({
      row: 2,
      values: {
        'Next step ID': 'NS-1',
        'Issue ID': 'ISS-102',
        What: 'Step 1',
        Who: 'Jo Reyes',
        'By when': '02/11/2026',
        Where: 'Community centre',
        Status: 'To do',
      },
    });
    expect(rows.map((record) => record.values['Next step ID'])).toEqual(
      steps.map((step) => step['Next step ID']),
    );
  });

  it('reads the table whatever the heading case, and says when there is none', () => {
    const json = generate(WRITE_UP_TEMPLATE, WRITE_UP_SHAPE, {
      Meeting: meeting,
      Branch: branch,
      Issues: [],
      NextSteps: [nextStep(1)],
    });
    expect(readTable(json, ['next step id', 'WHO'])).toEqual([
      { row: 2, values: { 'next step id': 'NS-1', WHO: 'Jo Reyes' } },
    ]);
    expect(readTable(json, ['Rent'])).toBeUndefined();
  });

  it('fills an agenda with groups of issues and the principles', () => {
    const groups = [1, 2, 3].map((number) => ({
      Number: number,
      'Minutes per issue': 12,
      Issues: number === 3 ? [] : [issue(number), issue(number + 2)],
    }));
    const model = fill(
      AGENDA_TEMPLATE,
      { Meeting: meeting, Branch: branch, Groups: groups, Principles: DEFAULT_PRINCIPLES },
      AGENDA_SHAPE,
    );
    const text = documentText(writeToDocs(model).json);
    expect(text).not.toContain('{{');
    expect(text).toContain('Group 2: about 12 minutes for each issue');
    expect(text).toContain('No issues for this group this time.');
    expect(text).toContain('Urgent: Court hearing next week.');
    for (const principle of DEFAULT_PRINCIPLES) expect(text).toContain(principle);
  });

  it('fills both letters, falling back to warm defaults for what is missing', () => {
    const data = { Issue: issue(1), Member: issue(1).Member, Branch: branch, Today: day(20) };
    const demand = documentText(generate(DEMAND_LETTER_TEMPLATE, DEMAND_LETTER_SHAPE, data));
    expect(demand).toContain('Dear Landlord 1,');
    expect(demand).toContain('Please reply in writing by 28 November 2026.');
    expect(demand).not.toContain('{{');
    const repair = documentText(
      generate(REPAIR_LETTER_TEMPLATE, REPAIR_LETTER_SHAPE, {
        ...data,
        Issue: { ...issue(1), Landlord: '', 'Legal situation': '' },
      }),
    );
    expect(repair).toContain('Dear landlord,');
    expect(repair).toContain('responsible for keeping my home in repair');
  });

  it('fills the impact report with totals, a row per branch and the stories', () => {
    const data = {
      Period: { From: day(1), To: day(30) },
      Branch: { Name: 'All branches' },
      Totals: {
        'Issues opened': 1234,
        'Issues closed': 40,
        Wins: 31,
        'Money recovered': 12400.5,
        'Repairs won': 12,
        'Evictions stopped': 3,
      },
      ByBranch: [
        { Branch: 'Hackney', 'Issues opened': 30, 'Issues closed': 20, Wins: 15, 'Money recovered': 8000 },
        { Branch: 'Leeds', 'Issues opened': 20, 'Issues closed': 20, Wins: 16, 'Money recovered': 4400.5 },
      ],
      CaseStudies: [{ Title: 'Heating fixed for a whole block', Story: 'Twelve households wrote together.' }],
    };
    const text = documentText(generate(IMPACT_REPORT_TEMPLATE, IMPACT_REPORT_SHAPE, data));
    expect(text).toContain('1 November 2026 to 30 November 2026');
    expect(text).toContain('1,234');
    expect(text).toContain('£12,400.50');
    expect(text).toContain('Leeds\n20\n20\n16\n£4,400.50');
    expect(text).toContain('Heating fixed for a whole block');
    expect(text).not.toContain('{{');
  });
});
