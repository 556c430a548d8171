// The member the bench erases: the same footprint at every size, so erasure's calls compare like with like.
//
// Erasure's cost follows the member's own rows (each changed row is written where it is), not the size of
// the casebook. A member picked from the generated data has a random footprint (1 to 4 issues, 1 to 3 next
// steps each...), which would make the 100 and 50,000 runs differ for reasons that are not the casebook's
// size. This member has, at every size: two issues (one closed, one open), three next steps, five log lines,
// and one mention by phone in another member's next step.
import { formatId } from '../src/core/ids';
import type { BenchRecord } from './fill';

const NAME = 'Adaeze Nwachukwu-Obi';
const EMAIL = 'adaeze.no@example.org';
const PHONE = '+44 7700 700 515';
const ADDRESS = 'Flat 7, 41 Sandringham Road, London E8 2LR';

/** Rows to append to the generated tables (ids after the generated ones). */
export function erasureSubject(
  counts: { members: number; issues: number; nextSteps: number },
  branch: string,
  now: Date,
): { memberId: string; tables: Record<string, BenchRecord[]> } {
  const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
  const memberId = formatId('MEM', counts.members + 1);
  const [closed, open] = [1, 2].map((i) => formatId('ISS', counts.issues + i)) as [string, string];
  const issue = (id: string, stage: string, opened: Date): BenchRecord => ({
    'Issue ID': id,
    'Member ID': memberId,
    Branch: branch,
    Category: 'Disrepair',
    Summary: 'Disrepair at E8 2LR',
    Description: `Damp in the back bedroom; ${NAME} has asked the agent three times.`,
    Landlord: 'Sandringham Estates Ltd',
    'Property address': ADDRESS,
    Stage: stage,
    Opened: opened,
    'Last activity': day(3),
    Created: opened,
    Updated: opened,
    ...(stage === 'Closed' ? { Outcome: 'Won', 'Closed on': day(200) } : {}),
  });
  let step = counts.nextSteps;
  const nextStep = (issueId: string, what: string, status: string): BenchRecord => ({
    'Next step ID': formatId('NS', ++step),
    'Issue ID': issueId,
    What: what,
    Who: 'Maya',
    'By when': day(-7),
    Status: status,
    Created: day(20),
    Updated: day(20),
  });
  const log = (record: string, action: string, details: string): BenchRecord => ({
    When: day(10),
    Who: 'maya@branch.example',
    Record: record,
    Action: action,
    Details: details,
  });
  return {
    memberId,
    tables: {
      Members: [
        {
          'Member ID': memberId,
          Name: NAME,
          Email: EMAIL,
          Phone: PHONE,
          Postcode: 'E8 2LR',
          Address: ADDRESS,
          Branch: branch,
          'Membership standing': 'Member',
          'Consent to contact': 'Yes',
          Created: day(400),
          Updated: day(400),
        },
      ],
      Issues: [issue(closed, 'Closed', day(380)), issue(open, '2 Building the case', day(30))],
      'Next steps': [
        nextStep(closed, 'Send the demand letter', 'Done'),
        nextStep(open, `Call ${NAME} about the inspection`, 'Open'),
        nextStep(open, 'Photograph the mould', 'Open'),
        // Another member's next step that mentions her by phone.
        nextStep(formatId('ISS', 1), `Ask the neighbour on ${PHONE} to join the visit`, 'Open'),
      ],
      'Activity log': [
        log(closed, 'Filed from form', `New issue for ${memberId}`),
        log(closed, 'Stage changed', 'Stage: 1 Initial contact → Closed'),
        log(open, 'Filed from form', `New issue for ${memberId}`),
        log(open, 'Called back', `Spoke to ${NAME} on ${PHONE}`),
        log(memberId, 'Edited', `Email changed to ${EMAIL}`),
      ],
    },
  };
}
