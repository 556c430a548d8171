// Answers the "Form responses" sheet retyped are put back as typed by the hourly job, from the form's own responses.
import type { LocalWorkspace } from '../../local';
import { propertyStores } from '../../local/base';
import { DAMP, readyWorkspace } from './intakeHelpers';

const CORRECTED = "Answer corrected from the form's own response";
const CURSOR = 'intakeAnswersVerifiedFrom';

/** A flat number in the landlord field, a leading-zero name and an apostrophe-first story. */
const RETYPED = {
  ...DAMP,
  'Your name': '0042',
  'Landlord’s name': '00123',
  'Tell us what is happening': "'Flat 2' is what the agent calls it. The boiler is broken.",
};

/** Everything the verification may touch, to show a later run changes nothing. */
function snapshot(local: LocalWorkspace) {
  return ['Issues', 'Members', 'Intake review', 'Activity log'].map((s) => local.records(s));
}

function formCalls(local: LocalWorkspace): number {
  const run = local.workspace.history.filter((h) => h.functionName === 'reconcileIntake').at(-1);
  return Object.entries(run?.callCounts ?? {})
    .filter(([method]) => method.startsWith('FormApp') || method.startsWith('Forms'))
    .reduce((sum, [, n]) => sum + n, 0);
}

describe('answers corrected from the form’s own responses', () => {
  it('stores the sheet’s retyping and flags it on submit; the hourly job puts back what was typed', async () => {
    const local = await readyWorkspace();
    local.submitForm(RETYPED);
    expect(local.records('Issues')[0]).toMatchObject({
      Landlord: '123',
      Description: "Flat 2' is what the agent calls it. The boiler is broken.",
    });
    expect(local.records('Members')[0]!.Name).toBe('42');
    const [flagged] = local.records('Intake review');
    expect(flagged).toMatchObject({ 'Filed as': 'ISS-0001', Status: 'To review' });
    expect(String(flagged!.Reason)).toContain('"Landlord’s name" shows "123"');

    local.workspace.clock.advance(60 * 60 * 1000);
    local.run('reconcileIntake');
    expect(local.records('Issues')[0]).toMatchObject({
      Landlord: '00123',
      Description: "'Flat 2' is what the agent calls it. The boiler is broken.",
      Summary: "'Flat 2' is what the agent calls it.",
    });
    expect(local.records('Members')[0]).toMatchObject({ Name: '0042', Phone: '+44 7700 900123' });
    const [review] = local.records('Intake review');
    expect(review!.Status).toBe('Filed');
    expect(String(review!.Reason)).toContain(
      'Checked against the form\'s own response: "Landlord’s name" is stored as it was answered.',
    );
    expect(String(review!.Reason)).not.toContain('may have changed');
    const log = local.records('Activity log').filter((l) => l.Action === CORRECTED);
    expect(log.map((l) => l.Record).sort()).toEqual(['ISS-0001', 'MEM-0001']);
    for (const line of log) expect(String(line.Details)).not.toMatch(/0042|00123|Flat 2|boiler/);
    for (const sheet of local.boundSpreadsheet().sheets)
      for (let r = 1; r <= sheet.lastRow(); r++)
        for (let c = 1; c <= sheet.lastColumn(); c++) expect(sheet.cell(r, c)?.formula ?? '').toBe('');
  });

  it('changes nothing on a second run, nor when the cursor is lost and every response is read again', async () => {
    const local = await readyWorkspace();
    local.submitForm(RETYPED);
    local.run('reconcileIntake');
    const after = snapshot(local);
    local.run('reconcileIntake');
    expect(snapshot(local)).toEqual(after);
    expect(formCalls(local)).toBeLessThan(10);
    propertyStores(local.workspace).documentStore(local.boundSpreadsheet().id).delete(CURSOR);
    local.run('reconcileIntake');
    expect(snapshot(local)).toEqual(after);
  });

  it('leaves a value a volunteer has since edited, and keeps its flag for them', async () => {
    const local = await readyWorkspace();
    local.submitForm(RETYPED);
    const issues = local.boundSpreadsheet().sheetByName('Issues')!;
    const landlordColumn = (issues.values()[0] ?? []).indexOf('Landlord') + 1;
    issues.write(2, landlordColumn, 'Flat 123 Lettings Ltd');
    local.run('reconcileIntake');
    expect(local.records('Issues')[0]).toMatchObject({
      Landlord: 'Flat 123 Lettings Ltd',
      Description: "'Flat 2' is what the agent calls it. The boiler is broken.",
    });
    expect(local.records('Intake review')[0]!.Status).toBe('To review');
  });

  it('fills a returning member’s empty details as typed, never their name', async () => {
    const local = await readyWorkspace();
    local.submitForm(DAMP);
    local.workspace.clock.advance(60_000);
    local.submitForm({ ...RETYPED, 'When is it safe to contact you?': '12:30' });
    expect(local.records('Members')).toHaveLength(1);
    expect(local.records('Members')[0]!.Name).toBe('Jo Bloggs');
    local.run('reconcileIntake');
    expect(local.records('Members')[0]).toMatchObject({
      Name: 'Jo Bloggs',
      'Safe times to contact': '12:30',
    });
    expect(local.records('Issues')[1]!.Landlord).toBe('00123');
  });

  it('never mixes up two people submitting in the same second, even when the sheet changes their keys', async () => {
    const local = await readyWorkspace();
    const at = new Date(local.workspace.clock.now());
    const both = { ...RETYPED, 'Your name': '1/2/2024' };
    const first = { 'Landlord’s name': '00123', 'Phone number': '07700 900001' };
    const second = { 'Landlord’s name': '000456', 'Phone number': '07700 900002' };
    local.submitForm({ ...both, ...first, 'Tell us what is happening': '1e5' }, at);
    local.submitForm({ ...both, ...second, 'Tell us what is happening': '2e5' }, at);
    local.run('reconcileIntake');
    expect(local.records('Issues').map((i) => [i.Landlord, i.Description])).toEqual([
      ['00123', '1e5'],
      ['000456', '2e5'],
    ]);
    expect(local.records('Members').map((m) => [m.Name, m.Phone])).toEqual([
      ['1/2/2024', '+44 7700 900001'],
      ['1/2/2024', '+44 7700 900002'],
    ]);
  });

  it('checks a backlog in chunks of 25 responses, carried on by the continuation, and reaches every one', async () => {
    const local = await readyWorkspace();
    // One chunk per execution (the documented override), so the split shows without minutes of form reads.
    propertyStores(local.workspace)
      .documentStore(local.boundSpreadsheet().id)
      .set('solidarity-desk-chunks-per-run', '1');
    for (let i = 0; i < 30; i++) {
      local.workspace.clock.advance(1000);
      local.submitForm({ ...RETYPED, 'Phone number': `07700 900${String(i).padStart(3, '0')}` });
    }
    local.run('reconcileIntake');
    const perResponse = formCalls(local) / 25;
    expect(perResponse).toBeLessThan(70);
    const landlords = () => local.records('Issues').map((i) => i.Landlord);
    expect(landlords().filter((l) => l === '00123')).toHaveLength(25);
    const runs = local.advance(2 * 60 * 1000);
    expect(runs.map((r) => r.handler)).toEqual(['continueLongJobs']);
    expect(landlords().every((l) => l === '00123')).toBe(true);
  });
});
