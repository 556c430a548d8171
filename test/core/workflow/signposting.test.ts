import { findOrganisation, organisationsFor, parseOrganisations } from '../../../src/core/workflow';

const directory = parseOrganisations([
  {
    'Organisation ID': 'ORG-1',
    Name: 'Shelter',
    'Helps with': 'Eviction or notice, Disrepair',
    Areas: 'All',
  },
  {
    'Organisation ID': 'ORG-2',
    Name: 'Hackney Law Centre',
    'Helps with': 'Eviction or notice; Benefits',
    Areas: 'E8, E9, N16',
  },
  { 'Organisation ID': 'ORG-3', Name: 'Islington Debt Advice', 'Helps with': 'Debt and money', Areas: 'N1' },
  { Name: '' },
]);

describe('signposting directory', () => {
  it('filters by category and area, local organisations first', () => {
    expect(organisationsFor(directory, 'Eviction or notice', 'N16 7AB').map((o) => o.name)).toEqual([
      'Hackney Law Centre',
      'Shelter',
    ]);
    expect(organisationsFor(directory, 'eviction or notice', 'SE1 1AA').map((o) => o.name)).toEqual([
      'Shelter',
    ]);
    expect(organisationsFor(directory, 'Other', 'N1 1AA').map((o) => o.id)).toEqual(['ORG-3', 'ORG-1']);
  });

  it('finds an organisation by id or name', () => {
    expect(findOrganisation(directory, 'org-2')?.name).toBe('Hackney Law Centre');
    expect(findOrganisation(directory, 'shelter')?.id).toBe('ORG-1');
    expect(findOrganisation(directory, 'Nobody')).toBeNull();
  });
});
