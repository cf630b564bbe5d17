import { isConnectionError, pgErrorOf } from './pg-errors';

describe('isConnectionError', () => {
  it('knows a lost or refused PostgreSQL connection in every form it reaches the API', () => {
    const lost = [
      { code: '57P01', message: 'terminating connection due to administrator command' },
      { code: '57P03', message: 'the database system is starting up' },
      { code: '08006', message: 'connection failure' },
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('Client has encountered a connection error and is not queryable'),
      Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), {
        name: 'QueryRunnerAlreadyReleasedError',
      }),
      { message: 'query failed', driverError: { code: '57P01', message: 'terminating connection' } },
      new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })], ''),
    ];
    for (const e of lost) expect([e, isConnectionError(e)]).toEqual([e, true]);
  });

  it('leaves data errors and everything else alone', () => {
    const other = [
      { code: '23505', constraint: 'users_email_unique', message: 'duplicate key value' },
      { code: '22P02', message: 'invalid input syntax for type uuid' },
      new Error('Cannot read properties of undefined'),
      null,
      'text',
    ];
    for (const e of other) expect([e, isConnectionError(e)]).toEqual([e, false]);
    expect(pgErrorOf({ code: '57P01' })?.code).toBe('57P01');
  });
});
