/** Per operation (by operationId): a short Japanese summary and the English description. */
export const OPERATION_SUMMARIES: Record<string, { ja: string; en: string }> = {};
