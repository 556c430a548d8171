import { addressKey, buildingOf, landlordKey, sharedLandlordGroups } from '../../../src/core/workflow';
import { issueRecord, issues } from './fixtures';

describe('landlordKey', () => {
  it.each([
    ['Foxtons Ltd', 'foxtons'],
    ['FOXTONS', 'foxtons'],
    ['Foxtons Limited', 'foxtons'],
    ['Foxtons Lettings Ltd.', 'foxtons'],
    ['The Smith & Co', 'smith'],
    ['  Grainger   PLC ', 'grainger'],
    ['Peabody', 'peabody'],
    ["O'Brien Properties LLP", 'obrien properties'],
    ['Lettings Ltd', 'lettings'],
    ["don't know", ''],
    ['N/A', ''],
    ['', ''],
  ])('%p -> %p', (name, key) => {
    expect(landlordKey(name)).toBe(key);
  });
});

describe('addressKey', () => {
  it.each([
    ['Flat 3, 12 Acacia Road, London N16 7AB', '12 acacia road N16 7AB'],
    ['Flat 5 12 Acacia Rd, N167AB', '12 acacia road N16 7AB'],
    ['3A, 12 Acacia Road', '12 acacia road'],
    ['3/12 Acacia Road', '12 acacia road'],
    ['12b Acacia Road\nLondon', '12 acacia road'],
    ['First floor flat, 40 High St, E8 1AA', '40 high street E8 1AA'],
    ['Apartment 2B, Marlowe House, St John’s Rd', 'marlowe house st johns road'],
    ['', ''],
  ])('%p -> %p', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('keeps the street and postcode apart', () => {
    expect(buildingOf('Flat 1, 7 Mare St, E8 4RP')).toEqual({ street: '7 mare street', postcode: 'E8 4RP' });
  });
});

describe('sharedLandlordGroups', () => {
  const list = issues(
    issueRecord('ISS-1', { 'Letting agent': 'Foxtons Ltd', Landlord: 'Mr A Patel' }),
    issueRecord('ISS-2', { 'Letting agent': 'FOXTONS' }),
    issueRecord('ISS-3', { Landlord: 'Foxtons Limited' }),
    issueRecord('ISS-4', { 'Letting agent': 'Foxtons', Stage: 'Closed' }),
    issueRecord('ISS-5', { 'Property address': 'Flat 3, 12 Acacia Road, N16 7AB', Landlord: "don't know" }),
    issueRecord('ISS-6', { 'Property address': 'Flat 5, 12 Acacia Rd', Landlord: 'Unknown' }),
    issueRecord('ISS-8', { 'Property address': 'London' }),
    issueRecord('ISS-9', { 'Property address': 'London', Landlord: 'Mr A Patel' }),
  );

  it('groups open issues sharing a landlord or agent, however it is written', () => {
    const groups = sharedLandlordGroups(list);
    expect(groups[0]).toEqual({
      kind: 'landlord or agent',
      name: 'FOXTONS',
      key: 'foxtons',
      issueIds: ['ISS-1', 'ISS-2', 'ISS-3'],
      branches: ['Hackney'],
    });
    expect(groups.find((g) => g.key === 'mr a patel')?.issueIds).toEqual(['ISS-1', 'ISS-9']);
  });

  it('groups flats in the same building, a missing postcode joining its street', () => {
    const building = sharedLandlordGroups(list).filter((g) => g.kind === 'building');
    expect(building).toEqual([
      {
        kind: 'building',
        name: '12 acacia road, N16 7AB',
        key: '12 acacia road|N16 7AB',
        issueIds: ['ISS-5', 'ISS-6'],
        branches: ['Hackney'],
      },
    ]);
  });

  it('does not group the same number and street in another postcode, nor guess which one a bare address is', () => {
    const elsewhere = issues(
      issueRecord('ISS-5', { 'Property address': 'Flat 3, 12 Acacia Road, N16 7AB' }),
      issueRecord('ISS-6', { 'Property address': 'Flat 5, 12 Acacia Rd' }),
      issueRecord('ISS-7', { 'Property address': '12 Acacia Road, E8 1AA' }),
    );
    expect(sharedLandlordGroups(elsewhere)).toEqual([]);
  });

  it('finds nothing when nothing is shared', () => {
    expect(
      sharedLandlordGroups(
        issues(issueRecord('ISS-1', { Landlord: 'A' }), issueRecord('ISS-2', { Landlord: 'B' })),
      ),
    ).toEqual([]);
  });
});
