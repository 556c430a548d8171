// Intake end to end: a person fills in the form; the bundle files a member and an issue, and tells people.
import { mailbox } from '../../local/base';
import { fireGhostFormSubmit, redeliverFormSubmit } from '../../local/forms';
import { scriptState } from '../../local/script';
import { DAMP, readyWorkspace } from './intakeHelpers';

describe('intake through the form', () => {
  it('files a phone-only disrepair response as a member and an issue at stage 1 with branch Hackney', async () => {
    const local = await readyWorkspace();
    const result = local.submitForm(DAMP);
    expect(result.executions.map((e) => e.execution?.status ?? 'missing')).toEqual(['completed']);
    const [member] = local.records('Members');
    expect(member).toMatchObject({
      'Member ID': 'MEM-0001',
      Name: 'Jo Bloggs',
      Phone: '+44 7700 900123',
      Postcode: 'N16 7AB',
      Branch: 'Hackney',
    });
    const [issue] = local.records('Issues');
    expect(issue).toMatchObject({
      'Issue ID': 'ISS-0001',
      'Member ID': 'MEM-0001',
      Stage: '1 Initial contact',
      Branch: 'Hackney',
      Category: 'Disrepair',
      Urgent: 'No',
    });
    expect(issue!.Description).toBe('Damp and mould for six months. The landlord ignores us.');
    expect(local.sentMail).toHaveLength(1);
    const notice = local.sentMail[0]!;
    expect(notice.to).toEqual(['response-team@union.example']);
    expect(notice.subject).toBe('New contact ISS-0001: Disrepair (Hackney)');
    expect(notice.body).not.toContain('Jo Bloggs');
  });

  it('installs exactly one submit trigger, however often the form is (re)connected', async () => {
    const local = await readyWorkspace();
    local.run('createIntakeForm');
    local.run('createIntakeForm');
    const submitTriggers = scriptState(local.workspace).triggers.filter(
      (t) => t.eventType === 'ON_FORM_SUBMIT',
    );
    expect(submitTriggers).toHaveLength(1);
    expect(local.records('Issues')).toHaveLength(0);
  });

  it('keeps messy answers as typed, normalised where it can, and never as formulas', async () => {
    const local = await readyWorkspace();
    local.submitForm({
      'Your name': '  Zoë   Ñúñez-Ōkafor 😊 ',
      'Email address': ' ZOE@Example.ORG ',
      'Phone number': '+44 (0)20 7946 0018',
      Postcode: 'e8 1aa',
      'What is the issue about?': 'Deposit',
      'Tell us what is happening': '=HYPERLINK("http://evil.example","click") and +44 deposit -5 @me',
      'Landlord’s name': '=IMPORTXML("http://x","//a")',
      'May we contact you about this?': 'Yes',
    });
    const [member] = local.records('Members');
    expect(member).toMatchObject({
      Name: 'Zoë Ñúñez-Ōkafor 😊',
      Email: 'zoe@example.org',
      Phone: '+44 20 7946 0018',
      Postcode: 'E8 1AA',
    });
    const [issue] = local.records('Issues');
    expect(issue!.Description).toBe('=HYPERLINK("http://evil.example","click") and +44 deposit -5 @me');
    expect(issue!.Landlord).toBe('=IMPORTXML("http://x","//a")');
    for (const sheet of local.boundSpreadsheet().sheets.filter((s) => !/^Form responses/.test(s.name))) {
      for (let r = 1; r <= sheet.lastRow(); r++)
        for (let c = 1; c <= sheet.lastColumn(); c++) expect(sheet.cell(r, c)?.formula ?? '').toBe('');
    }
  });

  it('gives a returning member (same phone, written differently) a new issue on the same record, keeping their standing', async () => {
    const local = await readyWorkspace();
    local.submitForm(DAMP);
    local.boundSpreadsheet().sheetByName('Members')!.write(2, 10, 'Member');
    local.workspace.clock.advance(86400000);
    local.submitForm({
      ...DAMP,
      'Phone number': '+447700900123',
      'Email address': 'jo@example.org',
      'Tell us what is happening': 'Now a rent increase.',
    });
    expect(local.records('Members')).toHaveLength(1);
    expect(local.records('Members')[0]).toMatchObject({
      Email: 'jo@example.org',
      'Membership standing': 'Member',
    });
    expect(local.records('Issues').map((i) => i['Member ID'])).toEqual(['MEM-0001', 'MEM-0001']);
  });

  it('marks an eviction with a bailiff date in 9 days urgent and emails the working group at once', async () => {
    const local = await readyWorkspace();
    local.submitForm({
      ...DAMP,
      'What is the issue about?': 'Eviction or notice',
      'Bailiff date, if you have one': '2026-11-29',
      'If you are facing eviction, do you want to resist it?': 'Yes',
      'Tell us what is happening': 'Bailiffs are coming.',
    });
    const [issue] = local.records('Issues');
    expect(issue!.Urgent).toBe('Yes');
    expect(String(issue!['Urgent reason'])).toContain('bailiff date in 9 days');
    const alert = local.sentMail.find((m) => m.to.includes('eviction-wg@union.example'));
    expect(alert?.subject).toMatch(/^URGENT eviction ISS-0001/);
    expect(alert?.body).toContain('+44 7700 900123');
    expect(local.sentMail.find((m) => m.to.includes('response-team@union.example'))?.subject).toMatch(
      /^URGENT: /,
    );
  });

  it('files a replayed response once, and ignores a ghost event', async () => {
    const local = await readyWorkspace();
    const { responseId } = local.submitForm(DAMP);
    const formId = local.documentProperty('intakeFormId')!;
    redeliverFormSubmit(local.workspace, formId, responseId);
    fireGhostFormSubmit(local.workspace, local.boundSpreadsheet().id);
    expect(local.records('Issues')).toHaveLength(1);
    expect(
      local.workspace.history
        .filter((h) => h.functionName === 'onFormSubmit')
        .every((h) => h.status === 'completed'),
    ).toBe(true);
  });

  it('sends an acknowledgement with the branch meeting only with an email and consent', async () => {
    const local = await readyWorkspace();
    local.submitForm({ ...DAMP, 'Email address': 'jo@example.org' });
    const ack = local.sentMail.find((m) => m.to.includes('jo@example.org'));
    expect(ack?.subject).toBe('We got your message about your housing issue');
    expect(ack?.body).toContain('Hackney branch meeting');
    local.submitForm({
      ...DAMP,
      'Your name': 'Sam',
      'Phone number': '07700 900999',
      'Email address': 'sam@example.org',
      'May we contact you about this?': 'No',
    });
    expect(local.sentMail.find((m) => m.to.includes('sam@example.org'))).toBeUndefined();
  });

  it('puts a response with no branch and an unreadable date into Intake review, still filing it', async () => {
    const local = await readyWorkspace();
    local.submitForm({ ...DAMP, Postcode: 'M1 1AE', 'Email address': 'jo at example' });
    const [issue] = local.records('Issues');
    expect(issue).toMatchObject({ Branch: '' });
    expect(local.records('Members')[0]!.Email).toBe('jo at example');
    const [review] = local.records('Intake review');
    expect(review).toMatchObject({ 'Filed as': 'ISS-0001', Status: 'To review' });
    expect(String(review!.Reason)).toContain('No branch covers "M1 1AE"');
    expect(String(review!.Reason)).toContain('"jo at example" does not look like an email address');
  });

  it('queues mail when the daily quota is used up, files anyway, and sends it later', async () => {
    const local = await readyWorkspace();
    mailbox(local.workspace).setDailyQuota(0);
    local.submitForm({ ...DAMP, 'Email address': 'jo@example.org' });
    expect(local.records('Issues')).toHaveLength(1);
    expect(local.sentMail).toHaveLength(0);
    expect(local.records('Mail queue').map((m) => m.Status)).toEqual(['Waiting', 'Waiting']);
    mailbox(local.workspace).setDailyQuota(100);
    local.run('sendQueuedMail');
    expect(local.sentMail.flatMap((m) => m.to).sort()).toEqual([
      'jo@example.org',
      'response-team@union.example',
    ]);
    expect(local.records('Mail queue').map((m) => m.Status)).toEqual(['Sent', 'Sent']);
  });

  it('reconciliation files a response whose trigger failed', async () => {
    const local = await readyWorkspace();
    const crashOnce = (e: { functionName: string }) => {
      if (e.functionName === 'onFormSubmit')
        throw new Error('Service Spreadsheets timed out while accessing document');
    };
    local.workspace.interceptors.push(crashOnce);
    local.submitForm(DAMP);
    local.workspace.interceptors.pop();
    expect(local.records('Issues')).toHaveLength(0);
    expect(local.run('reconcileIntake')).toBe(1);
    expect(local.records('Issues')).toHaveLength(1);
    expect(local.run('reconcileIntake')).toBe(0);
  });
});

describe('both form-submit event shapes', () => {
  it('files once when a form trigger and a spreadsheet trigger both deliver the same response', async () => {
    const local = await readyWorkspace();
    const formId = local.documentProperty('intakeFormId')!;
    local.workspace.withServices((g) => {
      const app = g.FormApp as { openById(id: string): object };
      const script = g.ScriptApp as {
        newTrigger(fn: string): { forForm(f: object): { onFormSubmit(): { create(): unknown } } };
      };
      script.newTrigger('onFormSubmit').forForm(app.openById(formId)).onFormSubmit().create();
    });
    const result = local.submitForm({ ...DAMP, 'Email address': 'jo@example.org' });
    expect(result.executions).toHaveLength(2);
    expect(result.executions.every((e) => e.execution?.status === 'completed')).toBe(true);
    expect(local.records('Issues')).toHaveLength(1);
    expect(local.records('Issues')[0]!.Description).toBe(
      'Damp and mould for six months. The landlord ignores us.',
    );
  });
});

describe('updates keep text as text', () => {
  it('a returning member whose email is filled in keeps their phone and postcode exactly', async () => {
    const local = await readyWorkspace();
    local.submitForm(DAMP);
    local.workspace.clock.advance(60000);
    local.submitForm({
      ...DAMP,
      'Email address': 'jo@example.org',
      'Tell us what is happening': 'Another problem.',
    });
    const [member] = local.records('Members');
    expect(member).toMatchObject({ Email: 'jo@example.org', Phone: '+44 7700 900123', Postcode: 'N16 7AB' });
    const sheet = local.boundSpreadsheet().sheetByName('Members')!;
    for (let c = 1; c <= sheet.lastColumn(); c++) expect(sheet.cell(2, c)?.formula ?? '').toBe('');
  });
});
