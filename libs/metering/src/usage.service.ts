import { Injectable } from '@nestjs/common';
import { Between, EntityManager } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { LeaseLookup } from '@tamago/leasing';
import {
  METER_KINDS,
  METER_UNITS,
  MeterKind,
  co2Kg,
  monthRange,
  monthsBetween,
  parseMeterKind,
  parseMonth,
  usageByTenant,
} from './domain';
import { UsageQuery } from './meter-reading-input';
import { MeterReading } from './meter-reading.entity';
import { MeteringSettings } from './metering-settings.entity';
import { MeteringError } from './errors';

/** One tenant's consumption in one month, with its CO2 for electricity. */
export interface TenantUsage {
  tenantId: string;
  period: string;
  amount: number;
  co2Kg: number | null;
  spaceIds: string[];
}

/** Usage per tenant and month for a kind of meter. */
export interface UsageReport {
  kind: MeterKind;
  unit: string;
  from: string;
  to: string;
  emissionFactor: string | null;
  items: TenantUsage[];
  /** Consumed in months when the space had no tenant (common use, vacancy). */
  unattributed: number;
}

/** Monthly consumption per tenant (the tenant holding the space, from leases) and CO2; the emission factor. */
@Injectable()
export class UsageService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly leases: LeaseLookup,
  ) {}

  /** Usage of `kind` (electricity by default) per tenant and month over a month or a month range. */
  async usage(facilityId: string, query: UsageQuery): Promise<UsageReport> {
    const kind = parseMeterKind(query.kind ?? 'electricity');
    const from = query.period ? parseMonth(query.period) : parseMonth(query.from, 'from');
    const to = query.period ? from : parseMonth(query.to ?? from, 'to');
    monthsBetween(from, to);
    const occupants = await this.leases.spaceOccupants(facilityId, {
      from: monthRange(from).from,
      to: monthRange(to).to,
    });
    return this.tx.inFacility(facilityId, async (em) => {
      const readings = await em.find(MeterReading, { where: { facilityId, kind, period: Between(from, to) } });
      const settings = await em.findOneBy(MeteringSettings, { facilityId });
      const factor = kind === 'electricity' ? (settings?.emissionFactor ?? null) : null;
      const { items, unattributed } = usageByTenant(readings, occupants);
      const selected = query.tenantId ? items.filter((i) => i.tenantId === query.tenantId) : items;
      return {
        kind,
        unit: METER_UNITS[kind],
        from,
        to,
        emissionFactor: factor,
        items: selected.map((i) => ({ ...i, co2Kg: factor === null ? null : co2Kg(i.amount, factor) })),
        unattributed: query.tenantId ? 0 : unattributed,
      };
    });
  }

  /**
   * Usage of every meter kind per tenant in one month, read in the caller's facility transaction
   * with two queries (the occupants of the month and its readings of all kinds): what the billing
   * preview bills, attributed as usage() attributes it.
   */
  async monthUsageIn(
    em: EntityManager,
    facilityId: string,
    period: string,
  ): Promise<{ kind: MeterKind; tenantId: string; amount: number }[]> {
    const month = parseMonth(period);
    const range = monthRange(month);
    const occupants = await this.leases.spaceOccupantsIn(em, facilityId, { from: range.from, to: range.to });
    const readings = await em.find(MeterReading, { where: { facilityId, period: month } });
    const out: { kind: MeterKind; tenantId: string; amount: number }[] = [];
    for (const kind of METER_KINDS) {
      const { items } = usageByTenant(
        readings.filter((r) => r.kind === kind),
        occupants,
      );
      for (const i of items) out.push({ kind, tenantId: i.tenantId, amount: i.amount });
    }
    return out;
  }

  /** The facility's metering settings. */
  getSettings(facilityId: string): Promise<{ emissionFactor: string | null }> {
    return this.tx.inFacility(facilityId, async (em) => ({
      emissionFactor: (await em.findOneBy(MeteringSettings, { facilityId }))?.emissionFactor ?? null,
    }));
  }

  /** Sets the emission factor (t-CO2/kWh as decimal text, e.g. "0.000434"; null clears it). */
  saveSettings(
    facilityId: string,
    actorId: string,
    input: { emissionFactor: string | null },
  ): Promise<{ emissionFactor: string | null }> {
    const factor = input.emissionFactor === null ? null : input.emissionFactor.trim();
    // co2Kg validates the factor's form and unit; 1 kWh is enough to exercise it.
    if (factor !== null) co2Kg(1, factor);
    if (factor !== null && !/[1-9]/.test(factor))
      throw DomainError.invalid(
        MeteringError.EmissionFactorNotPositive,
        'emissionFactor',
        'emissionFactor must be above 0.',
      );
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const row =
          (await em.findOneBy(MeteringSettings, { facilityId })) ?? em.create(MeteringSettings, { facilityId });
        row.emissionFactor = factor;
        await em.save(MeteringSettings, row); // keyed by facility_id: the write names the facility by its key
        return { emissionFactor: row.emissionFactor };
      },
      actorId,
    );
  }
}
