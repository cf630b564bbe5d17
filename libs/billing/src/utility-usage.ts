import { EntityManager } from 'typeorm';

/** Consumption of one meter kind by one tenant over a period. */
export interface UtilityUsage {
  tenantId: string;
  /** Meter kind, matched against the facility's utilityUnitPrices[].kind. */
  kind: string;
  /** Decimal string, up to 3 places (kWh, m³…). */
  quantity: string;
  /** Meter id, kept as the line's source. */
  meterId: string | null;
}

/**
 * Where metered consumption comes from. Billing asks for the month BEFORE the billing period
 * (April's invoice bills March's electricity). BillingModule binds UTILITY_USAGE_SOURCE to
 * MeteringUsageSource (libs/metering's UsageService); NO_UTILITY_USAGE is for tests and tools.
 */
export interface UtilityUsageSource {
  usage(em: EntityManager, facilityId: string, period: string): Promise<UtilityUsage[]>;
}

export const UTILITY_USAGE_SOURCE = Symbol('UTILITY_USAGE_SOURCE');

/** The source used until metering provides one: no consumption. */
export const NO_UTILITY_USAGE: UtilityUsageSource = { usage: async () => [] };
