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
 * (April's invoice bills March's electricity). The default source returns nothing: libs/metering
 * had no public consumption query when billing was built — bind UTILITY_USAGE_SOURCE to an
 * adapter over it (see BillingModule) and utility lines appear with the facility's unit prices.
 */
export interface UtilityUsageSource {
  usage(em: EntityManager, facilityId: string, period: string): Promise<UtilityUsage[]>;
}

export const UTILITY_USAGE_SOURCE = Symbol('UTILITY_USAGE_SOURCE');

/** The source used until metering provides one: no consumption. */
export const NO_UTILITY_USAGE: UtilityUsageSource = { usage: async () => [] };
