import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UsageService } from '@tamago/metering';
import type { UtilityUsage, UtilityUsageSource } from './utility-usage';

/**
 * Utility consumption from libs/metering: per tenant and meter kind for one month, as metering
 * attributes it (the tenant holding the metered space). Kinds without a unit price in the billing
 * settings are ignored by the preview. Read in the preview's own transaction, all kinds at once.
 */
@Injectable()
export class MeteringUsageSource implements UtilityUsageSource {
  constructor(private readonly usageService: UsageService) {}

  async usage(em: EntityManager, facilityId: string, period: string): Promise<UtilityUsage[]> {
    const rows = await this.usageService.monthUsageIn(em, facilityId, period);
    return rows
      .filter((r) => r.amount > 0)
      .map((r) => ({ tenantId: r.tenantId, kind: r.kind, quantity: String(r.amount), meterId: null }));
  }
}
