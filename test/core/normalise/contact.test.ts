import {
  contactKey,
  normaliseEmail,
  normalisePhone,
  normalisePostcode,
  postcodeParts,
} from '../../../src/core/normalise/contact';

describe('normalisePhone', () => {
  it.each([
    ['07700 900123', '+44 7700 900123'],
    ['(07700) 900-123', '+44 7700 900123'],
    ['+44 (0)7700 900123', '+44 7700 900123'],
    ['0044 7700 900123', '+44 7700 900123'],
    ['+447700900123', '+44 7700 900123'],
    ['020 7946 0018', '+44 20 7946 0018'],
    ['  0161 496 0000 ', '+44 161 496 0000'],
    ['447700900123', '+44 7700 900123'],
    ['7700900123', '+44 7700 900123'],
  ])('%s -> %s', (given, expected) => {
    expect(normalisePhone(given)).toEqual({ ok: true, value: expected });
  });

  it('keeps a non-UK number as given', () => {
    expect(normalisePhone('+33 6 12 34 56 78')).toEqual({ ok: true, value: '+33 6 12 34 56 78' });
  });

  it('keeps nonsense as entered and says why', () => {
    const result = normalisePhone('call me maybe');
    expect(result.ok).toBe(false);
    expect(result.value).toBe('call me maybe');
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['n167ab', 'N16 7AB'],
    [' e8  1aa', 'E8 1AA'],
    ['SW1A1AA', 'SW1A 1AA'],
    ['ec1v 9hx', 'EC1V 9HX'],
  ])('%s -> %s', (given, expected) => {
    expect(normalisePostcode(given)).toEqual({ ok: true, value: expected });
  });

  it('flags what is not a postcode, keeping it', () => {
    expect(normalisePostcode('Hackney')).toMatchObject({ ok: false, value: 'Hackney' });
  });

  it('splits district and area', () => {
    expect(postcodeParts('N16 7AB')).toEqual({ district: 'N16', area: 'N' });
    expect(postcodeParts('SW1A 1AA')).toEqual({ district: 'SW1A', area: 'SW' });
  });
});

describe('normaliseEmail and contactKey', () => {
  it('lower-cases and trims', () => {
    expect(normaliseEmail('  Jo.Bloggs@Example.ORG ')).toEqual({ ok: true, value: 'jo.bloggs@example.org' });
  });

  it('flags a broken address, keeping it', () => {
    expect(normaliseEmail('jo at example')).toMatchObject({ ok: false, value: 'jo at example' });
  });

  it('compares phones by digits in +44 form', () => {
    expect(contactKey('phone', '07700 900123')).toBe(contactKey('phone', '+44 7700-900-123'));
    expect(contactKey('email', 'A@B.org')).toBe('a@b.org');
  });
});
