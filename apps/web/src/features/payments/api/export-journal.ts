import { api } from '@/lib/api/client';
import { ApiError } from '@/lib/api/api-error';
import { saveBlob } from '@/lib/download/save-blob';

export type JournalFormat = 'yayoi' | 'generic';

/** Downloads the month's journal (弥生会計 import or the generic CSV) under the server's file name. */
export async function exportJournal(period: string, format: JournalFormat): Promise<void> {
  const res = await api.GET('/api/v1/accounting/journal', {
    params: { query: { period, format } },
    parseAs: 'blob',
  } as never);
  const { data, error, response } = res as { data?: Blob; error?: unknown; response: Response };
  if (!response.ok || !data) throw new ApiError(response.status, error);
  const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
  saveBlob(data, named ?? `journal-${period}-${format}.csv`);
}
