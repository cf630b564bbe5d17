import { Injectable } from '@nestjs/common';
import { Between, FindOptionsWhere, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { TransactionRunner } from '@tamago/database';
import { AuditAction, AuditEvent } from './audit-event.entity';

export interface AuditQuery {
  limit: number;
  offset: number;
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: AuditAction;
  from?: Date;
  to?: Date;
}

/** Reads a facility's audit log, newest first. */
@Injectable()
export class AuditService {
  constructor(private readonly tx: TransactionRunner) {}

  /** A page of audit events matching the filters. */
  list(facilityId: string, q: AuditQuery): Promise<{ items: AuditEvent[]; total: number }> {
    const where: FindOptionsWhere<AuditEvent> = { facilityId };
    if (q.entity) where.entity = q.entity;
    if (q.entityId) where.entityId = q.entityId;
    if (q.actorId) where.actorId = q.actorId;
    if (q.action) where.action = q.action;
    if (q.from && q.to) where.occurredAt = Between(q.from, q.to);
    else if (q.from) where.occurredAt = MoreThanOrEqual(q.from);
    else if (q.to) where.occurredAt = LessThanOrEqual(q.to);
    return this.tx.inFacility(facilityId, async (em) => {
      const [items, total] = await em.findAndCount(AuditEvent, {
        where,
        order: { occurredAt: 'DESC', id: 'ASC' },
        take: q.limit,
        skip: q.offset,
      });
      return { items, total };
    });
  }
}
