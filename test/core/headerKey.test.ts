import { headerKey } from '../../src/core/headerKey';

describe('headerKey', () => {
  it.each([
    ['E-mail', 'email'],
    ['  Your e-mail: ', 'youremail'],
    ['Post code', 'postcode'],
    ['POSTCODE', 'postcode'],
    ['Tenant’s name', 'tenantsname'],
    ['Café', 'cafe'],
  ])('%s -> %s', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });

  it('keeps letters of any script, so non-Latin headers still match themselves', () => {
    expect(headerKey('Имя')).toBe('имя');
    expect(headerKey('اسم')).toBe('اسم');
  });
});
