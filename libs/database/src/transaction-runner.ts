import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { isBulkMode } from './bulk-mode';
import { ACTOR_SETTING, APP_ROLE, FACILITY_SETTING } from './rls';

/** The facility transaction opened by TransactionRunner.inOneFacilityTransaction, joined by inFacility inside it. */
interface JoinedTransaction {
  facilityId: string;
  actorId: string;
  em: EntityManager;
}
const joined = new AsyncLocalStorage<JoinedTransaction>();

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
    const open = joined.getStore();
    // Inside inOneFacilityTransaction for the same facility and actor: that transaction, its settings.
    if (open && open.facilityId === facilityId && open.actorId === (actorId ?? '') && !open.em.queryRunner?.isReleased)
      return work(open.em);
    // BEGIN, the role (SET LOCAL ROLE, as set_config('role', …, true)) and the settings in one round trip.
    return this.transaction(
      `SELECT set_config(${FACILITY}, ${escapeLiteral(facilityId)}, true), set_config(${ACTOR}, ${escapeLiteral(actorId ?? '')}, true)${commitSetting()}, set_config('role', ${ROLE}, true)`,
      work,
    );
  }

  /**
   * Runs `work` in one facility transaction that every inFacility call for the same facility and
   * actor made inside it joins (services read through their own inFacility): for a request that
   * reads through several services, such as the dashboard, one connection, one BEGIN, one set of
   * settings and one COMMIT instead of one of each per service. The same RLS role and facility
   * setting; a call for another facility or actor still gets a transaction of its own. One
   * connection runs one statement at a time, so the joined calls must be awaited one after another
   * (never Promise.all), and an error in any of them fails the whole transaction.
   */
  inOneFacilityTransaction<T>(facilityId: string, work: () => Promise<T>, actorId?: string | null): Promise<T> {
    return this.inFacility(facilityId, (em) => joined.run({ facilityId, actorId: actorId ?? '', em }, work), actorId);
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
    return this.transaction(
      `SELECT set_config(${ACTOR}, ${escapeLiteral(actorId ?? '')}, true)${commitSetting()}`,
      work,
    );
  }

  /**
   * A transaction whose first round trip is BEGIN and `settings` together (one simple-protocol message of
   * two statements, so the settings' values are literals, escaped by pg), instead of TypeORM's START
   * TRANSACTION and then the settings: one round trip fewer for every transaction of the product. The
   * query runner is then told its transaction is open, as startTransaction would have done, so commit,
   * rollback and nested transactions (savepoints) work as with dataSource.transaction. (TypeORM's
   * before/after-transaction-start events are not broadcast; no subscriber of ours listens to them.)
   */
  private async transaction<T>(settings: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const qr = this.dataSource.createQueryRunner();
    try {
      await qr.query(`BEGIN; ${settings}`);
      const opened = qr as unknown as { isTransactionActive: boolean; transactionDepth: number };
      opened.isTransactionActive = true;
      opened.transactionDepth = 1;
      const result = await work(qr.manager);
      await qr.commitTransaction();
      return result;
    } catch (err) {
      // The original error even if the rollback fails (as dataSource.transaction does).
      if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
      else if (!qr.isReleased) await qr.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      await qr.release();
    }
  }
}

const FACILITY = escapeLiteral(FACILITY_SETTING);
const ACTOR = escapeLiteral(ACTOR_SETTING);
const ROLE = escapeLiteral(APP_ROLE);

/** synchronous_commit 'off' under inBulkMode (see there); otherwise the session's setting stays. */
function commitSetting(): string {
  return isBulkMode() ? `, set_config('synchronous_commit', 'off', true)` : '';
}
