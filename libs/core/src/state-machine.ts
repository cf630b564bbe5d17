import { DomainError } from './domain-error';
import { requireOneOf } from './guards';
import { CoreError } from './errors';

/** The guards of one state machine, built from its transition table. */
export interface StateMachine<S extends string> {
  readonly states: readonly S[];
  parse(value: unknown, field?: string): S;
  allowed(from: S): readonly S[];
  assert(from: S, to: S): void;
  isTerminal(state: S): boolean;
}

/**
 * Builds the guards of a state machine. `noun` names the thing in messages ("tenant") and
 * `field` is the request field that carries the target state ("status").
 */
export function defineStateMachine<S extends string>(
  noun: string,
  field: string,
  table: Readonly<Record<S, readonly S[]>>,
): StateMachine<S> {
  const states = Object.keys(table) as S[];
  const parse = (value: unknown, name: string = field): S => requireOneOf(value, states, name);
  return {
    states,
    parse,
    allowed: (from) => table[parse(from, 'from')],
    isTerminal: (state) => table[parse(state)].length === 0,
    assert(from, to) {
      const allowed = table[parse(from, 'from')];
      if (allowed.includes(parse(to))) return;
      const next = allowed.length > 0 ? `Allowed next: ${allowed.join(', ')}.` : `'${from}' is final.`;
      throw DomainError.conflict(
        allowed.length > 0 ? CoreError.IllegalTransition : CoreError.TransitionFromFinal,
        `A ${noun} cannot go from '${from}' to '${to}'. ${next}`,
        allowed.length > 0 ? { noun, from, to, allowed: allowed.join(', ') } : { noun, from, to },
        {
          from,
          to,
          allowed: [...allowed],
        },
      );
    },
  };
}
