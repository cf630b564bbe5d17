import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isBulkMode } from './bulk-mode';
import { ACTOR_SETTING, APP_ROLE, FACILITY_SETTING } from './rls';

/**
 * Runs database work in a transaction. Facility work runs under the RLS role with the
 * facility set for that transaction only, so even a query that forgets its facility filter
 * sees only that facility's rows. System work (login look-ups, cross-facility jobs, the
 * operator CLI) runs as the connecting user, which owns the tables and so bypasses RLS.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` scoped to one facility, as the RLS role. */
  inFacility<T>(facilityId: string, work: (em: EntityManager) => Promise<T>, actorId?: string | null): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SET LOCAL ROLE ${APP_ROLE}`);
      await em.query(
        `SELECT set_config($1, $2, true), set_config($3, $4, true), set_config($5, coalesce($6, current_setting($5)), true)`,
        [FACILITY_SETTING, facilityId, ACTOR_SETTING, actorId ?? '', 'synchronous_commit', commitMode()],
      );
      return work(em);
    });
  }

  /** Runs `work` as the system, across facilities. Callers must filter by facility themselves. */
  asSystem<T>(work: (em: EntityManager) => Promise<T>, actorId?: string | null): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config($1, $2, true), set_config($3, coalesce($4, current_setting($3)), true)`, [
        ACTOR_SETTING,
        actorId ?? '',
        'synchronous_commit',
        commitMode(),
      ]);
      return work(em);
    });
  }
}

/** 'off' under inBulkMode (see there); null keeps the session's setting. */
function commitMode(): string | null {
  return isBulkMode() ? 'off' : null;
}
