import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, removeScoped } from '@tamago/database';
import { LeaseLookup } from '@tamago/leasing';
import { Space, SpaceService } from '@tamago/spaces';
import { monthRange, parseMeterKind, parseMonth } from './domain';
import { MeterReadingListQuery, NewMeterReading, ReadingWriter } from './meter-reading-input';
import { MeterReadingWriter } from './meter-reading-writer';
import { MeterReading } from './meter-reading.entity';
import { MeteringError } from './errors';

/** A reading with its space's code, as lists show it. */
export interface MeterReadingView extends MeterReading {
  spaceCode: string;
}

/** Meter readings of a facility: manual and device entry, lists, correction of the latest reading. */
@Injectable()
export class MeterReadingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly spaces: SpaceService,
    private readonly leases: LeaseLookup,
    private readonly writer: MeterReadingWriter,
  ) {}

  /** Records one reading (space by id or code); 400 naming the field, 409 when the month already has one. */
  async record(facilityId: string, writer: ReadingWriter, input: NewMeterReading): Promise<MeterReadingView> {
    const id = await this.guardDuplicate(() =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          const space = await this.resolveSpace(em, facilityId, input);
          if (writer.apiKeyId) {
            await em.query('UPDATE api_keys SET last_used_at = now() WHERE facility_id = $1 AND id = $2', [
              facilityId,
              writer.apiKeyId,
            ]);
          }
          return (await this.writer.write(em, facilityId, space.id, input, writer)).id;
        },
        writer.userId,
      ),
    );
    return this.get(facilityId, id);
  }

  /**
   * Records many meters' readings in one transaction (a year of history, a bulk load): each
   * meter's rows in date order by the rules of record(), one insert per meter. Spaces by code;
   * an unknown code is 400 naming it, and nothing is written unless every row is valid.
   */
  async recordMany(facilityId: string, writer: ReadingWriter, inputs: NewMeterReading[]): Promise<number> {
    return this.guardDuplicate(() =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          const codes = [...new Set(inputs.map((i) => i.spaceCode ?? ''))];
          const spaces = await this.spaces.findByCodes(em, facilityId, codes);
          const meters = new Map<string, { spaceId: string; rows: NewMeterReading[] }>();
          for (const input of inputs) {
            const space = input.spaceCode ? spaces.get(input.spaceCode) : undefined;
            if (!space)
              throw DomainError.invalid(
                MeteringError.SpaceCodeUnknown,
                'spaceCode',
                `No space of this facility has code ${input.spaceCode}.`,
                { spaceCode: input.spaceCode },
              );
            const key = `${space.id}:${input.kind}`;
            const meter = meters.get(key) ?? { spaceId: space.id, rows: [] };
            meter.rows.push(input);
            meters.set(key, meter);
          }
          let written = 0;
          for (const { spaceId, rows } of meters.values()) {
            rows.sort((a, b) => (a.readOn < b.readOn ? -1 : a.readOn > b.readOn ? 1 : 0));
            written += await this.writer.writeSeries(em, facilityId, spaceId, rows, writer);
          }
          return written;
        },
        writer.userId,
      ),
    );
  }

  /** One reading of the facility. */
  get(facilityId: string, id: string): Promise<MeterReadingView> {
    return this.tx.inFacility(facilityId, async (em) => {
      const reading = await em.findOneBy(MeterReading, { facilityId, id });
      if (!reading) throw DomainError.notFound(MeteringError.MeterReadingNotFound, 'Meter reading', id);
      return (await this.withCodes(em, facilityId, [reading]))[0];
    });
  }

  /** Lists readings, newest first, by space, tenant (the spaces it held, while it held them), kind and month. */
  async list(facilityId: string, query: MeterReadingListQuery): Promise<{ items: MeterReadingView[]; total: number }> {
    const from = query.period ? parseMonth(query.period) : query.from ? parseMonth(query.from, 'from') : null;
    const to = query.period ? from : query.to ? parseMonth(query.to, 'to') : null;
    const held = query.tenantId
      ? await this.leases.spaceOccupants(facilityId, {
          from: from ? monthRange(from).from : '1900-01-01',
          to: to ? monthRange(to).to : '2999-12-31',
          tenantId: query.tenantId,
        })
      : null;
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(MeterReading, 'r').where('r.facility_id = :facilityId', { facilityId });
      if (query.spaceId) qb.andWhere('r.space_id = :spaceId', { spaceId: query.spaceId });
      if (query.kind) qb.andWhere('r.kind = :kind', { kind: parseMeterKind(query.kind) });
      if (from) qb.andWhere('r.period >= :from', { from });
      if (to) qb.andWhere('r.period <= :to', { to });
      if (held) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM jsonb_to_recordset(CAST(:held AS jsonb)) AS h("spaceId" uuid, "startDate" date, "endDate" date)
                    WHERE h."spaceId" = r.space_id AND r.read_on BETWEEN h."startDate" AND h."endDate")`,
          { held: JSON.stringify(held) },
        );
      }
      qb.orderBy('r.read_on', 'DESC').addOrderBy('r.id', 'ASC').skip(query.offset).take(query.limit);
      const [rows, total] = await qb.getManyAndCount();
      return { items: await this.withCodes(em, facilityId, rows), total };
    });
  }

  /** Deletes a reading to correct it; only the latest reading of its meter (later ones depend on it). */
  async remove(facilityId: string, actorId: string, id: string): Promise<void> {
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const reading = await em.findOneBy(MeterReading, { facilityId, id });
        if (!reading) throw DomainError.notFound(MeteringError.MeterReadingNotFound, 'Meter reading', id);
        const latest = await em.findOne(MeterReading, {
          where: { facilityId, spaceId: reading.spaceId, kind: reading.kind },
          order: { readOn: 'DESC' },
        });
        if (latest?.id !== reading.id) {
          throw DomainError.conflict(
            MeteringError.OnlyLatestDeletable,
            `Only the latest reading of a meter can be deleted; delete the one of ${latest?.readOn} first.`,
            { readOn: latest?.readOn },
            { latestReadingId: latest?.id },
          );
        }
        await removeScoped(em, facilityId, reading);
      },
      actorId,
    );
  }

  private async resolveSpace(em: EntityManager, facilityId: string, input: NewMeterReading): Promise<Space> {
    if (input.spaceId) return (await this.spaces.loadMany(em, facilityId, [input.spaceId], 'spaceId'))[0];
    if (!input.spaceCode)
      throw DomainError.invalid(MeteringError.SpaceRequired, 'spaceId', 'spaceId or spaceCode is required.');
    const space = (await this.spaces.findByCodes(em, facilityId, [input.spaceCode])).get(input.spaceCode);
    if (!space)
      throw DomainError.invalid(
        MeteringError.SpaceCodeUnknown,
        'spaceCode',
        `No space of this facility has code ${input.spaceCode}.`,
        { spaceCode: input.spaceCode },
      );
    return space;
  }

  private async withCodes(em: EntityManager, facilityId: string, rows: MeterReading[]): Promise<MeterReadingView[]> {
    const spaces = await this.spaces.loadMany(em, facilityId, [...new Set(rows.map((r) => r.spaceId))], 'spaceId');
    const codeOf = new Map(spaces.map((s) => [s.id, s.code]));
    return rows.map((r) => Object.assign(r, { spaceCode: codeOf.get(r.spaceId) ?? '' }));
  }

  /** Two writers racing for the same meter-month: the database's unique index decides, the loser gets 409. */
  private async guardDuplicate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isPgError(e, PgErrorCode.UniqueViolation)) {
        throw DomainError.conflict(MeteringError.MonthAlreadyRead, 'This meter already has a reading for that month.');
      }
      throw e;
    }
  }
}
