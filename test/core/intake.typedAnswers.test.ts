// The form's own answers against the sheet's showing of them: linking, comparing and resolving review reasons.
import { couldBeShownAs, resolveRetypedReasons, retypedAnswers } from '../../src/core/intake/retyped';
import { compareStored, shownAtFiling, typedForFiling } from '../../src/core/intake/typedAnswers';

describe('couldBeShownAs (linking the form’s response to its sheet row)', () => {
  it('accepts what the sheet does to typed text: lost zeros, dates, case, a consumed apostrophe', () => {
    expect(
      couldBeShownAs(
        { 'Your name': "'Jo", Flat: '00123', Moved: '1/2/2024', Agreed: 'false', When: '2024-01-05T10:00' },
        { 'Your name': 'Jo', Flat: '123', Moved: '01/02/2024', Agreed: 'FALSE', When: '2024-01-05 10:00:00' },
      ),
    ).toBe(true);
  });

  it('refuses another person’s answers, even ones differing only in a number', () => {
    expect(
      couldBeShownAs(
        { 'Your name': 'Person 1', 'Tell us what is happening': 'Issue number 1: damp.' },
        { 'Your name': 'Person 2', 'Tell us what is happening': 'Issue number 2: damp.' },
      ),
    ).toBe(false);
    expect(couldBeShownAs({ Flat: '123' }, { Flat: '124' })).toBe(false);
    expect(couldBeShownAs({ Flat: 'Flat 1' }, {})).toBe(false);
  });

  it('ignores columns a team added to the responses sheet', () => {
    expect(couldBeShownAs({ 'Your name': 'Jo' }, { 'Your name': 'Jo', 'Called back?': 'yes' })).toBe(true);
    expect(shownAtFiling({ 'Your name': 'Jo' }, { 'Your name': 'Jo', 'Called back?': 'yes' })).toEqual({
      'Your name': 'Jo',
    });
  });
});

describe('typedForFiling', () => {
  it('keeps the form’s text, but the sheet’s showing of a date question’s day', () => {
    expect(
      typedForFiling({ Flat: '00123', 'Moved in': '2024-02-01' }, { Flat: '123', 'Moved in': '01/02/2024' }),
    ).toEqual({ Flat: '00123', 'Moved in': '01/02/2024' });
  });
});

describe('compareStored', () => {
  const typed = { Landlord: '00123', Description: "'quoted", Summary: "'quoted", 'Letting agent': 'Acme' };
  const shown = { Landlord: '123', Description: 'quoted', Summary: 'quoted', 'Letting agent': 'Acme' };
  const columns = ['Landlord', 'Description', 'Summary', 'Letting agent', 'Property address'];

  it('corrects a column still holding the sheet’s retyping, and nothing else', () => {
    const stored = { Landlord: '123', Description: 'quoted', Summary: 'quoted', 'Letting agent': 'Acme' };
    expect(compareStored(typed, shown, stored, columns)).toEqual({
      corrections: { Landlord: '00123', Description: "'quoted", Summary: "'quoted" },
      edited: [],
    });
  });

  it('leaves a value a volunteer changed, and says so', () => {
    const stored = {
      Landlord: 'Flat 123 Ltd',
      Description: "'quoted",
      Summary: "'quoted",
      'Letting agent': '',
    };
    expect(compareStored(typed, shown, stored, columns)).toEqual({ corrections: {}, edited: ['Landlord'] });
  });

  it('changes nothing once corrected, and skips columns the sheet does not have', () => {
    expect(compareStored(typed, shown, { ...typed }, columns)).toEqual({ corrections: {}, edited: [] });
    expect(compareStored(typed, shown, {}, columns)).toEqual({ corrections: {}, edited: [] });
  });
});

describe('resolveRetypedReasons', () => {
  const [retyped = ''] = retypedAnswers({ 'Landlord’s name': '123' });

  it('replaces retyped-answer lines by a note and files the row when nothing else is left', () => {
    const result = resolveRetypedReasons(retyped);
    expect(result).toMatchObject({ resolved: 1, stillToReview: false });
    expect(result.reason).toBe(
      'Checked against the form\'s own response: "Landlord’s name" is stored as it was answered.',
    );
    expect(resolveRetypedReasons(result.reason)).toMatchObject({ resolved: 0, reason: result.reason });
  });

  it('keeps the row to review while another reason remains', () => {
    const result = resolveRetypedReasons(`No name was given.\n${retyped}`);
    expect(result).toMatchObject({ resolved: 1, stillToReview: true });
    expect(result.reason.split('\n')[0]).toBe('No name was given.');
  });
});
