// Arbitrary form answers through build/Code.js: the trigger completes, no formula is stored, no text is lost.
import fc from 'fast-check';
import { cleanLine, cleanParagraph } from '../../src/core/normalise/text';
import { BUNDLE_RUNS, hostileText, settings } from './arbitraries';
import { formulaCells, readyWorkspace } from './harness';

/** Text answers the typed "Form responses" sheet would change (checked separately in corpus.test.ts). */
const RETYPED =
  /^\s*['=+\-@]|^\s*[(£$€.\d]|^\s*(true|false)\s*$|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d/i;

const text = hostileText.filter((s) => cleanLine(s) !== '' && !RETYPED.test(s));

const answers = fc.record({
  'Your name': text,
  'Phone number': fc.option(hostileText, { nil: undefined }),
  // Valid addresses and arbitrary text: an unusable address is kept, flagged, and never mailed.
  'Email address': fc.option(fc.oneof(fc.emailAddress(), hostileText), { nil: undefined }),
  Postcode: text,
  'What is the issue about?': fc.constantFrom('Disrepair', 'Deposit', 'Eviction or notice', 'Other'),
  'Tell us what is happening': text,
  'Landlord’s name': fc.option(text, { nil: undefined }),
  'May we contact you about this?': fc.constantFrom('Yes', 'No'),
});

describe('any answers submitted through the form, run by the bundle', () => {
  it('complete the trigger, store no formula, and keep name, description and landlord exactly after cleaning', async () => {
    const local = await readyWorkspace();
    let i = 0;
    await fc.assert(
      fc.asyncProperty(answers, async (raw) => {
        i += 1;
        local.workspace.clock.advance(1000);
        const given = Object.fromEntries(
          Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
        ) as Record<string, string>;
        const run = local.submitForm({ ...given, 'Your name': `${given['Your name']} ${i}` });
        expect(run.executions.map((e) => e.execution.error ?? e.execution.status)).toEqual(['completed']);
        const issue = local.records('Issues').at(-1)!;
        expect(
          String(issue.Description).startsWith(cleanParagraph(given['Tell us what is happening']!)),
        ).toBe(true);
        if (given['Landlord’s name'] && cleanLine(given['Landlord’s name']) !== '')
          expect(issue.Landlord).toBe(cleanLine(given['Landlord’s name']));
        expect(formulaCells(local)).toEqual([]);
      }),
      settings(BUNDLE_RUNS),
    );
    console.log(`bundle property: ${i} submissions of arbitrary answers checked`);
  });

  // The member typed "__" as their email: intake files the issue, mails only addresses it accepts, and a
  // message Google refuses is noted without failing the trigger or stopping the other messages.
  it('an unusable email address typed by a member does not fail the trigger', async () => {
    const local = await readyWorkspace();
    const run = local.submitForm({
      'Your name': 'Jo',
      'Email address': '__',
      Postcode: 'N16 7AB',
      'What is the issue about?': 'Other',
      'Tell us what is happening': 'Help',
      'May we contact you about this?': 'Yes',
    });
    expect(run.executions[0]!.execution.status).toBe('completed');
  });
});
