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
      // One round trip for the role (SET LOCAL ROLE, as set_config('role', …, true)) and the settings.
      await em.query(
        `SELECT set_config($1, $2, true), set_config($3, $4, true), set_config($5, coalesce($6, current_setting($5)), true), set_config('role', $7, true)`,
        [FACILITY_SETTING, facilityId, ACTOR_SETTING, actorId ?? '', 'synchronous_commit', commitMode(), APP_ROLE],
      );
      return work(em);
    });
  }

  /**
   * Runs one read as the system outside any transaction (autocommit, no settings): for single
   * statements on hot paths such as the session check of every request, where BEGIN, the settings
   * and COMMIT would triple the round trips. Never for writes (they need the actor setting).
   */
  readAsSystem<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.dataSource.manager);
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
