import { Injectable } from '@nestjs/common';
import { METER_KINDS, UsageService } from '@tamago/metering';
import type { UtilityUsage, UtilityUsageSource } from './utility-usage';

/**
 * Utility consumption from libs/metering: per tenant and meter kind for one month, as metering
 * attributes it (the tenant holding the metered space). Kinds without a unit price in the billing
 * settings are ignored by the preview. Metering reads in its own transaction (its public API).
 */
@Injectable()
export class MeteringUsageSource implements UtilityUsageSource {
  constructor(private readonly usageService: UsageService) {}

  async usage(_em: unknown, facilityId: string, period: string): Promise<UtilityUsage[]> {
    const out: UtilityUsage[] = [];
    for (const kind of METER_KINDS) {
      const report = await this.usageService.usage(facilityId, { kind, period });
      for (const item of report.items) {
        if (item.amount > 0) out.push({ tenantId: item.tenantId, kind, quantity: String(item.amount), meterId: null });
      }
    }
    return out;
  }
}
