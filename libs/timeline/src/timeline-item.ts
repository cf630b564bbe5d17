/** One entry of a company's timeline. */
export interface TimelineItem {
  /** ISO instant; date-only facts sit at 00:00 in the facility's time zone. */
  at: string;
  kind: string;
  /** Japanese, the product's first language. */
  title: string;
  /** The same title in English, for English-speaking users. */
  titleEn: string;
  detail?: string;
  /** Staff-only items are never shown to tenant users. */
  staffOnly: boolean;
  ref: { type: string; id: string };
  /** Set on items only their holders may see when the reader is confined to their own records. */
  holders?: string[];
}

/**
 * What a bounded context contributes to the timeline, through its own public surface (never by
 * reading another context's tables). To add a context (invoices, payments, KPI submissions):
 * write a source in `sources/`, list its kinds, and add it to SOURCE_TYPES in timeline.module.ts.
 */
export interface TimelineSource {
  readonly kinds: readonly string[];
  itemsFor(facilityId: string, tenantId: string, ctx: SourceContext): Promise<TimelineItem[]>;
}

/** Shared facts a source may need. */
export interface SourceContext {
  timeZone: string;
}

/** Injection token for the list of sources. */
export const TIMELINE_SOURCES = Symbol('TIMELINE_SOURCES');
