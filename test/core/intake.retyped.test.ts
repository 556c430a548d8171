import { retypedAnswers } from '../../src/core/intake/retyped';

describe('retypedAnswers', () => {
  it('flags answers that look like the responses sheet typed them', () => {
    const reasons = retypedAnswers({
      Timestamp: '22/11/2026 14:05:03',
      'Flat number': '123',
      'Moved in': '01/02/2024',
      Agreed: 'TRUE',
      Deposit: '£1,200.00',
    });
    expect(reasons).toHaveLength(4);
    expect(reasons[0]).toContain('"Flat number" shows "123"');
  });

  it('leaves words alone, and phones the phone rules recover', () => {
    expect(
      retypedAnswers({
        'Your name': 'Jo Bloggs',
        'Phone number': '447700900123',
        'Tell us what is happening': 'Damp since 2024.',
      }),
    ).toEqual([]);
  });
});
