import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';
import { leasingKeys } from './leasing-queries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The new-lease form; the API checks again (overlaps, tenure cap, tenant status). */
export function createLeaseSchema(t: TFunction<'errors'>) {
  const yen = z
    .number({ error: t('field.invalid') })
    .int(t('field.invalid'))
    .min(0, t('field.invalid'));
  return z
    .object({
      tenantId: z.string().min(1, t('field.required')),
      startDate: z.string().regex(DATE, t('field.required')),
      endDate: z.string().regex(DATE, t('field.required')),
      monthlyRent: yen,
      commonAreaFee: yen,
      deposit: yen,
    })
    .refine((v) => v.endDate >= v.startDate, { path: ['endDate'], message: t('field.invalid') });
}

export type CreateLeaseInput = z.infer<ReturnType<typeof createLeaseSchema>>;

export function useCreateLease(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: CreateLeaseInput) => unwrap(api.POST('/api/v1/leases', { body: { ...v, spaceId } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: leasingKeys.all }),
  });
}
