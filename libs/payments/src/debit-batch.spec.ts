import { newCodeOf } from './debit-batch.service';

describe('newCodeOf (新規コード)', () => {
  it('is 1 for a first debit, 2 once after an account change, 0 otherwise', () => {
    expect(newCodeOf({ firstDebitSent: false, accountChanged: false })).toBe('first');
    // changed before anything was sent: still the first debit of the mandate
    expect(newCodeOf({ firstDebitSent: false, accountChanged: true })).toBe('first');
    expect(newCodeOf({ firstDebitSent: true, accountChanged: true })).toBe('changed');
    expect(newCodeOf({ firstDebitSent: true, accountChanged: false })).toBe('other');
  });
});
