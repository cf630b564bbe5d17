import type { components } from '@tamago/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';
import { arrearsKeys } from './arrears-queries';

type CreatePaymentBody = components['schemas']['CreatePaymentDto'];
export const PAYMENT_METHODS: CreatePaymentBody['method'][] = ['bank_transfer', 'direct_debit', 'cash', 'card'];

/** A payment received outside the bank file (cash, card, a transfer entered by hand). */
export function recordPaymentSchema(t: TFunction<'errors'>) {
  return z.object({
    tenantId: z.string().min(1, t('field.required')),
    amount: z
      .number({ error: t('field.required') })
      .int(t('field.invalid'))
      .min(1, t('field.invalid')),
    paidOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, t('field.required')),
    method: z.enum(PAYMENT_METHODS as [string, ...string[]]),
    note: z.string().max(500, t('field.tooLong', { max: 500 })),
  });
}

export type RecordPaymentInput = z.infer<ReturnType<typeof recordPaymentSchema>>;

export function toPaymentBody(v: RecordPaymentInput): CreatePaymentBody {
  return {
    tenantId: v.tenantId,
    amount: v.amount,
    paidOn: v.paidOn,
    method: v.method as CreatePaymentBody['method'],
    ...(v.note.trim() ? { note: v.note.trim() } : {}),
  };
}

export function useRecordPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    // One idempotency key per opened form: submitting twice (a retry, a double click) records one payment.
    mutationFn: ({ values, key }: { values: RecordPaymentInput; key: string }) =>
      unwrap(
        api.POST('/api/v1/payments', {
          params: { header: { 'Idempotency-Key': key } },
          body: toPaymentBody(values),
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['payments'] });
      void queryClient.invalidateQueries({ queryKey: arrearsKeys.all });
    },
  });
}
