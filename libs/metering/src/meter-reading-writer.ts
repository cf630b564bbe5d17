import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, parseIsoDate } from '@tamago/core';
import { checkReading, type MeterReplacement } from './domain';
import { monthOf, parseMeterKind } from './domain';
import { NewMeterReading, ReadingWriter } from './meter-reading-input';
import { MeterReading } from './meter-reading.entity';
import { MeteringError } from './errors';

/**
 * Records one reading inside an open facility transaction, after the previous reading of the same
 * meter: one per month, in date order, never lower than the previous one unless the meter was
 * replaced. Used by manual entry, file upload and devices alike, so all three obey the same rules.
 */
@Injectable()
export class MeterReadingWriter {
  /** Checks and saves a reading of the (already verified) space; InvalidInput/Conflict name the field. */
  async write(
    em: EntityManager,
    facilityId: string,
    spaceId: string,
    input: NewMeterReading,
    writer: ReadingWriter,
  ): Promise<MeterReading> {
    const kind = parseMeterKind(input.kind);
    // Readings of one meter are serialised: each one's consumption depends on the one before.
    await this.lockMeter(em, facilityId, spaceId, kind);
    const latest = await em.findOne(MeterReading, {
      where: { facilityId, spaceId, kind },
      order: { readOn: 'DESC' },
    });
    return em.save(em.create(MeterReading, nextReading(facilityId, spaceId, latest, input, writer)));
  }

  /**
   * Checks and saves a meter's readings in date order, each against the one before, by the same
   * rules as write(); the meter's latest stored reading is read once and the rows are inserted
   * together. For bulk loads (a history of months), where one round trip per row would dominate.
   */
  async writeSeries(
    em: EntityManager,
    facilityId: string,
    spaceId: string,
    inputs: NewMeterReading[],
    writer: ReadingWriter,
  ): Promise<number> {
    if (inputs.length === 0) return 0;
    const kind = parseMeterKind(inputs[0].kind);
    if (inputs.some((i) => i.kind !== kind))
      throw DomainError.invalid(MeteringError.SeriesMixedKinds, 'kind', 'A series is one meter: one kind.');
    await this.lockMeter(em, facilityId, spaceId, kind);
    let latest: Pick<MeterReading, 'period' | 'readOn' | 'value' | 'id'> | null = await em.findOne(MeterReading, {
      where: { facilityId, spaceId, kind },
      order: { readOn: 'DESC' },
    });
    const rows = inputs.map((input) => {
      const row = nextReading(facilityId, spaceId, latest, input, writer);
      latest = { id: '', period: row.period, readOn: row.readOn, value: row.value };
      return row;
    });
    await em.insert(MeterReading, rows);
    return rows.length;
  }

  private async lockMeter(em: EntityManager, facilityId: string, spaceId: string, kind: string): Promise<void> {
    await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`meter:${facilityId}:${spaceId}:${kind}`]);
  }
}

/** The row a reading becomes after the meter's latest one: one per month, in date order, never lower unless replaced. */
function nextReading(
  facilityId: string,
  spaceId: string,
  latest: Pick<MeterReading, 'period' | 'readOn' | 'value' | 'id'> | null,
  input: NewMeterReading,
  writer: ReadingWriter,
): Omit<MeterReading, 'id' | 'createdAt' | 'space'> {
  const kind = parseMeterKind(input.kind);
  const readOn = parseIsoDate(input.readOn, 'readOn');
  const period = monthOf(readOn);
  const replacement = replacementOf(input);
  if (latest?.period === period) {
    throw new DomainError(
      ErrorCode.Conflict,
      MeteringError.PeriodAlreadyRead,
      `This meter already has a reading for ${period} (${latest.readOn}: ${latest.value}); delete it to correct it.`,
      {
        params: { period, latestReadOn: latest.readOn, value: latest.value },
        errors: [{ field: 'readOn', message: `a reading for ${period} exists` }],
        extra: { readingId: latest.id },
      },
    );
  }
  if (latest && readOn <= latest.readOn) {
    throw DomainError.invalid(
      MeteringError.ReadOnNotAfterLatest,
      'readOn',
      `readOn must be after the latest reading of this meter (${latest.readOn}).`,
      { readOn: latest.readOn },
    );
  }
  const consumption = checkReading(latest?.value ?? null, input.value, replacement);
  return {
    facilityId,
    spaceId,
    kind,
    readOn,
    period,
    value: input.value,
    consumption,
    isReplacement: replacement !== null,
    oldMeterFinal: replacement?.oldMeterFinal ?? null,
    newMeterInitial: replacement ? (replacement.newMeterInitial ?? 0) : null,
    source: writer.source,
    recordedBy: writer.userId,
    apiKeyId: writer.apiKeyId,
  };
}

/** The replacement details, required together with isReplacement and refused without it. */
function replacementOf(input: NewMeterReading): MeterReplacement | null {
  const hasOld = input.oldMeterFinal !== undefined && input.oldMeterFinal !== null;
  const hasNew = input.newMeterInitial !== undefined && input.newMeterInitial !== null;
  if (!input.isReplacement) {
    if (hasOld)
      throw DomainError.invalid(
        MeteringError.OldMeterFinalWithoutReplacement,
        'oldMeterFinal',
        'oldMeterFinal is given only with isReplacement: true.',
      );
    if (hasNew)
      throw DomainError.invalid(
        MeteringError.NewMeterInitialWithoutReplacement,
        'newMeterInitial',
        'newMeterInitial is given only with isReplacement: true.',
      );
    return null;
  }
  if (!hasOld) {
    throw DomainError.invalid(
      MeteringError.ReplacementNeedsOldMeterFinal,
      'oldMeterFinal',
      "A meter replacement needs the old meter's final reading (oldMeterFinal).",
    );
  }
  return { oldMeterFinal: input.oldMeterFinal!, newMeterInitial: hasNew ? input.newMeterInitial! : 0 };
}
