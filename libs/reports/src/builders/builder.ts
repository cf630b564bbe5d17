import type { ReportDocument } from '../report-document';
import type { ReportRequest } from '../report-request';

/** What a builder knows about the report it builds. */
export interface BuildContext {
  facilityId: string;
  facilityName: string;
  timeZone: string;
  /** Today in the facility's time zone. */
  today: string;
  request: ReportRequest;
  /** The month (1–12) the facility's fiscal year starts (billing settings; April by default). */
  fiscalYearStartMonth: number;
  /** Reports progress (0–100) of the data gathering. */
  progress(p: number): Promise<void>;
}

/** Builds one report type's document from the contexts' public services. */
export interface ReportBuilder {
  build(ctx: BuildContext): Promise<ReportDocument>;
}
