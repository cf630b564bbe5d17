import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { saveBlob } from '@/lib/download/save-blob';

export type Report = components['schemas']['ReportDto'];
export type CreateReport = components['schemas']['CreateReportDto'];
export type ReportSettings = components['schemas']['ReportSettingsDto'];
export type ReportType = Report['type'];
export type ReportFormat = Report['format'];

export const REPORT_TYPES: readonly ReportType[] = [
  'monthly-occupancy',
  'revenue-arrears',
  'support-activity',
  'fiscal-year',
];
export const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'csv', 'xlsx'];

/** Which period a report type asks for: a month, or an April–March fiscal year. */
export function periodKind(type: ReportType): 'month' | 'fiscalYear' {
  return type === 'fiscal-year' || type === 'support-activity' ? 'fiscalYear' : 'month';
}

export const reportKeys = {
  all: ['reports'] as const,
  list: () => [...reportKeys.all, 'list'] as const,
  settings: () => [...reportKeys.all, 'settings'] as const,
};

const isWorking = (r: Report) => r.status === 'queued' || r.status === 'running';

export const reportQueries = {
  // While a report is being made the list refreshes every second, so the progress moves on screen.
  list: () =>
    queryOptions({
      queryKey: reportKeys.list(),
      queryFn: () => unwrap(api.GET('/api/v1/reports', { params: { query: { limit: 30 } } })),
      refetchInterval: (q) => (q.state.data?.items.some(isWorking) ? 1000 : false),
    }),
  settings: () =>
    queryOptions({
      queryKey: reportKeys.settings(),
      queryFn: () => unwrap(api.GET('/api/v1/report-settings')),
    }),
};

export function useRequestReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReport) => unwrap(api.POST('/api/v1/reports', { body })),
    // The queued report shows at once; the list then polls while it is being made.
    onSuccess: (report) => {
      qc.setQueryData(reportKeys.list(), (old: { items: Report[]; total: number } | undefined) =>
        old && !old.items.some((r) => r.id === report.id)
          ? { items: [report, ...old.items], total: old.total + 1 }
          : old,
      );
      return qc.invalidateQueries({ queryKey: reportKeys.list() });
    },
  });
}

export function useSaveReportSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['UpdateReportSettingsDto']) =>
      unwrap(api.PATCH('/api/v1/report-settings', { body })),
    onSuccess: (data) => qc.setQueryData(reportKeys.settings(), data),
  });
}

/** Downloads a finished report under its file name. */
export async function downloadReport(report: Report): Promise<void> {
  const blob = await unwrap<Blob>(
    api.GET('/api/v1/reports/{id}/file', { params: { path: { id: report.id } }, parseAs: 'blob' }),
  );
  saveBlob(blob, report.fileName || `${report.type}.${report.format}`);
}
