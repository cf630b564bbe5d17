import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';
import { invoiceKeys, type Invoice } from './invoice-queries';

/** The void / credit-note / reissue dialogs' form, checked in the browser before the API checks it again. */
export function correctionSchema(t: TFunction<'errors'>) {
  return z.object({
    reason: z
      .string()
      .trim()
      .max(1000, t('field.tooLong', { max: 1000 })),
    amount: z.union([z.number().int().min(1, t('field.invalid')), z.literal('')]),
    issueDate: z.string(),
  });
}

export type CorrectionInput = z.infer<ReturnType<typeof correctionSchema>>;
export type CorrectionKind = 'void' | 'creditNote' | 'reissue';

function call(kind: CorrectionKind, invoice: Invoice, v: CorrectionInput): Promise<Invoice> {
  const issueDate = v.issueDate || undefined;
  if (kind === 'void') {
    return unwrap<Invoice>(
      api.POST('/api/v1/invoices/{id}/void', { params: { path: { id: invoice.id } }, body: { reason: v.reason } }),
    );
  }
  if (kind === 'creditNote') {
    const body = {
      reason: v.reason,
      ...(v.amount === '' ? {} : { amount: v.amount }),
      ...(issueDate ? { issueDate } : {}),
    };
    return unwrap<Invoice>(
      api.POST('/api/v1/invoices/{id}/credit-notes', { params: { path: { id: invoice.id } }, body }),
    );
  }
  return unwrap<Invoice>(
    api.POST('/api/v1/invoices/{id}/reissue', {
      params: { path: { id: invoice.id } },
      body: issueDate ? { issueDate } : {},
    }),
  );
}

/** Void, credit note or reissue: the issued invoice never changes, a new record is made beside it. */
export function useCorrectInvoice(kind: CorrectionKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { invoice: Invoice; values: CorrectionInput }) => call(kind, v.invoice, v.values),
    onSuccess: (_result, v) => {
      void queryClient.invalidateQueries({ queryKey: invoiceKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: invoiceKeys.detail(v.invoice.id) });
    },
  });
}
