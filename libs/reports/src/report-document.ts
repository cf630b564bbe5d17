/** How a cell is typed in XLSX and aligned and formatted in PDF and CSV. */
export type CellKind = 'text' | 'integer' | 'yen' | 'percent' | 'decimal';
export type CellValue = string | number | null;

export interface ReportColumn {
  label: string;
  kind: CellKind;
  /** Relative width in the PDF (text 2, numbers 1 by default). */
  weight?: number;
}

/** A ruled table; `total` marks the last row as a total row (bold, rule above). */
export interface ReportTable {
  columns: ReportColumn[];
  rows: CellValue[][];
  total?: boolean;
}

/** A chart rendered on the server (ECharts SVG) into the PDF. */
export interface ReportChart {
  kind: 'bar' | 'line';
  categories: string[];
  series: { name: string; data: number[] }[];
  unit: string;
  /** Upper bound of the value axis (100 for rates). */
  max?: number;
}

export interface ReportSection {
  /** Sheet name in XLSX (≤ 31 characters) and section key in CSV. */
  key: string;
  heading: string;
  note?: string;
  chart?: ReportChart;
  table: ReportTable;
}

/** A report as data; the PDF, CSV and XLSX files are renderings of it. */
export interface ReportDocument {
  title: string;
  titleEn: string;
  facilityName: string;
  /** 2027年1月, 2026年度（2026年4月1日〜2027年3月31日） */
  scopeLabel: string;
  /** The day the figures stand on. */
  asOf: string;
  generatedAt: Date;
  /** Headline figures shown first. */
  summary: { label: string; value: string }[];
  sections: ReportSection[];
  notes: string[];
  /** File name without extension (ASCII). */
  fileStem: string;
}
