import type { MeterKind } from './domain';
import type { ReadingSource } from './meter-reading.entity';

/** A reading as given by a person, a file row or a device; the space by id or by code. */
export interface NewMeterReading {
  spaceId?: string;
  spaceCode?: string;
  kind: MeterKind;
  readOn: string;
  value: number;
  isReplacement?: boolean;
  oldMeterFinal?: number | null;
  newMeterInitial?: number | null;
}

/** Who records a reading: a user (manual entry, file upload) or a device key. */
export interface ReadingWriter {
  source: ReadingSource;
  userId: string | null;
  apiKeyId: string | null;
}

/** List filters; `period` or a `from`–`to` month range. */
export interface MeterReadingListQuery {
  spaceId?: string;
  tenantId?: string;
  kind?: MeterKind;
  period?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Usage per tenant and month. */
export interface UsageQuery {
  kind?: MeterKind;
  period?: string;
  from?: string;
  to?: string;
  tenantId?: string;
}
