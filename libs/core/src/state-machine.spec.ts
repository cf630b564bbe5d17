import { DomainError, ErrorCode } from './domain-error';
import { defineStateMachine } from './state-machine';

type Door = 'open' | 'closed' | 'locked' | 'removed';

const door = defineStateMachine<Door>('door', 'state', {
  open: ['closed', 'removed'],
  closed: ['open', 'locked'],
  locked: ['closed'],
  removed: [],
});

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('defineStateMachine', () => {
  it('lists the states in table order', () => {
    expect(door.states).toEqual(['open', 'closed', 'locked', 'removed']);
  });

  it('parses a known state and refuses others on the configured field', () => {
    expect(door.parse('locked')).toBe('locked');
    const error = caught(() => door.parse('ajar'));
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.details.errors).toEqual([
      { field: 'state', message: 'state must be one of: open, closed, locked, removed.' },
    ]);
  });

  it('parses on another field when asked', () => {
    expect(caught(() => door.parse('ajar', 'target')).details.errors?.[0]?.field).toBe('target');
  });

  it('answers the allowed next states and refuses an unknown origin on "from"', () => {
    expect(door.allowed('closed')).toEqual(['open', 'locked']);
    expect(door.allowed('removed')).toEqual([]);
    expect(caught(() => door.allowed('ajar' as Door)).details.errors?.[0]?.field).toBe('from');
  });

  it('knows terminal states', () => {
    expect(door.isTerminal('removed')).toBe(true);
    expect(door.isTerminal('locked')).toBe(false);
  });

  it('accepts a legal transition', () => {
    expect(() => door.assert('closed', 'locked')).not.toThrow();
  });

  it('refuses an illegal transition with Conflict, the allowed list and a sentence', () => {
    const error = caught(() => door.assert('open', 'locked'));
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toBe("A door cannot go from 'open' to 'locked'. Allowed next: closed, removed.");
    expect(error.details.extra).toEqual({ from: 'open', to: 'locked', allowed: ['closed', 'removed'] });
  });

  it('says a terminal state is final', () => {
    const error = caught(() => door.assert('removed', 'open'));
    expect(error.message).toBe("A door cannot go from 'removed' to 'open'. 'removed' is final.");
    expect(error.details.extra).toEqual({ from: 'removed', to: 'open', allowed: [] });
  });

  it('refuses an unknown target as invalid input on the field, not as a conflict', () => {
    const error = caught(() => door.assert('open', 'ajar' as Door));
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.details.errors?.[0]?.field).toBe('state');
  });
});
