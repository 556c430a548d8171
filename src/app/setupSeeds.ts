// Editable examples setup puts in new Branches and Organisations sheets, so a team sees how to fill them in.
import type { TableName } from '../core/schema';
import type { Database } from './ports';

const EXAMPLE = 'Example: edit or replace with your own.';

/** Seeds examples only into tables setup has just created (never into a team's existing rows). */
export function seedExamples(db: Database, created: ReadonlySet<TableName>): void {
  if (created.has('branches')) {
    const branches = db.table('branches');
    branches.append({
      Name: 'Hackney',
      'Postcode areas': 'E5, E8, E9, N16',
      'Dispute limit': 4,
      'Meeting place': 'Community hall (example)',
      'Meeting pattern': 'First Thursday of the month, 7pm',
    });
    branches.append({
      Name: 'Tower Hamlets',
      'Postcode areas': 'E1, E2, E3, E14',
      'Dispute limit': 3,
      'Meeting pattern': 'Second Tuesday of the month, 7pm',
    });
  }
  if (created.has('organisations')) {
    const orgs = db.table('organisations');
    const add = (Name: string, helps: string, Website: string, Notes: string): void => {
      orgs.append({ Name, 'Helps with': helps, Areas: 'All', Website, Notes: `${Notes} ${EXAMPLE}` });
    };
    add(
      'Shelter',
      'Eviction or notice, Disrepair, Deposit, Licensing',
      'https://www.shelter.org.uk',
      'Housing advice and legal help.',
    );
    add(
      'Citizens Advice',
      'Benefits, Debt and money, Deposit, Other',
      'https://www.citizensadvice.org.uk',
      'Free advice, local offices.',
    );
    add(
      'Law Centres Network',
      'Eviction or notice, Discrimination, Immigration',
      'https://www.lawcentres.org.uk',
      'Find your local law centre.',
    );
    add(
      'National Domestic Abuse Helpline',
      'Domestic abuse, Safety',
      'https://www.nationaldahelpline.org.uk',
      '24-hour, free, confidential.',
    );
    add('Mind', 'Mental health', 'https://www.mind.org.uk', 'Mental health information and support.');
  }
}
