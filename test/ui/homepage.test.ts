// The add-on homepage card, built by the bundle and rendered by the local CardService fake.
import type { LocalWorkspace } from '../../local';
import { renderCard } from '../../local/cards';
import { appendRecord, HOSTILE_NAME, seededWorkspace } from '../browser/seed';

let local: LocalWorkspace;
beforeAll(async () => {
  local = await seededWorkspace();
});

function texts(tree: unknown): string[] {
  return JSON.stringify(tree)
    .match(/"(?:text|topLabel|bottomLabel|header|title|subtitle)":"((?:[^"\\]|\\.)*)"/g)!
    .map((m) => JSON.parse(`{${m}}`) as Record<string, string>)
    .map((o) => Object.values(o)[0]!);
}

describe('add-on homepage', () => {
  it('shows counts by kind, the top five items escaped, capacity and the main buttons', () => {
    const tree = renderCard(local.run('onHomepage', {}));
    const words = texts(tree);
    expect(tree.header).toMatchObject({ title: 'Solidarity Desk', subtitle: '11 issues need attention' });
    expect(words).toContain('Urgent: 1 · No next step: 4 · Gone quiet: 4 · Not called back yet: 2');
    expect(words.filter((w) => w.startsWith('ISS-'))).toHaveLength(5);
    expect(words.join('\n')).not.toContain(HOSTILE_NAME.slice(0, 4));
    expect(words).toContain('ISS-0001 &lt;img');
    expect(words).toContain('…and 6 more in the spreadsheet.');
    expect(words).toContain('4 of 4 (full)');
    const json = JSON.stringify(tree);
    for (const fn of ['homepageRefresh', 'homepagePlanMeetingCard'])
      expect(json).toContain(`"function":"${fn}"`);
    expect(json).toMatch(/"openLink":\{"url":"https:\/\/docs\.google\.com\/spreadsheets\/d\/[^"]+#gid=\d+"/);
  });

  it('asks for access to the file first when the add-on has none (drive.file)', () => {
    const tree = renderCard(local.run('onHomepage', { sheets: { addonHasFileScopePermission: false } }));
    expect(JSON.stringify(tree)).toContain('"function":"homepageRequestFileAccess"');
  });

  it('refresh redraws the card, and the plan-meeting card offers the branches and kinds', () => {
    appendRecord(local, 'Issues', {
      'Issue ID': 'ISS-0200',
      Branch: 'Tower Hamlets',
      Stage: '4 Action',
      Route: 'Public dispute',
    });
    const refreshed = JSON.stringify(renderCard(local.run('homepageRefresh')));
    expect(refreshed).toContain('updateCard');
    expect(refreshed).toContain('1 of 3 (2 free)');
    const plan = JSON.stringify(renderCard(local.run('homepagePlanMeetingCard')));
    for (const word of ['Hackney', 'Tower Hamlets', 'Branch meeting', 'Member solidarity team', '2026-11-20'])
      expect(plan).toContain(word);
  });

  it('checks the plan-meeting form like any payload', () => {
    const event = { formInput: { branch: 'Hackney', date: 'next Tuesday', kind: 'Branch meeting' } };
    expect(() => local.run('homepagePlanMeeting', event)).toThrow(/"Date" must be a date like 2026-04-03/);
  });
});
