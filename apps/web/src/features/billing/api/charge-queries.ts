import type { components, paths } from '@tamago/api-client';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';

export type Charge = components['schemas']['ChargeDto'];
type ChargeListParams = NonNullable<paths['/api/v1/charges']['get']['parameters']['query']>;
type CreateChargeBody = components['schemas']['CreateChargeDto'];

export const CHARGE_KINDS: Charge['kind'][] = [
  'rent',
  'common_area_fee',
  'utility',
  'deposit',
  'reimbursement',
  'restoration',
  'deposit_amortization',
  'other',
];
export const TAX_CATEGORIES: Charge['taxCategory'][] = ['standard', 'reduced', 'exempt', 'out_of_scope'];
export const CHARGE_PAGE_SIZE = 25;

export const chargeKeys = {
  all: ['charges'] as const,
  lists: () => [...chargeKeys.all, 'list'] as const,
  list: (params: ChargeListParams) => [...chargeKeys.lists(), params] as const,
};

export const chargeQueries = {
  list: (params: ChargeListParams) =>
    queryOptions({
      queryKey: chargeKeys.list(params),
      queryFn: () => unwrap(api.GET('/api/v1/charges', { params: { query: params } })),
      placeholderData: keepPreviousData,
    }),
};

/** A one-off charge (parking, a repair) billed with the period's run. */
export function createChargeSchema(t: TFunction<'errors'>) {
  return z.object({
    tenantId: z.string().min(1, t('field.required')),
    period: z.string().regex(/^\d{4}-\d{2}$/, t('field.invalid')),
    description: z
      .string()
      .trim()
      .min(1, t('field.required'))
      .max(300, t('field.tooLong', { max: 300 })),
    quantity: z.number().int().min(1, t('field.invalid')),
    unitPrice: z.number().int(t('field.invalid')),
    taxCategory: z.enum(TAX_CATEGORIES as [string, ...string[]]),
    kind: z.enum(CHARGE_KINDS as [string, ...string[]]),
  });
}

export type CreateChargeInput = z.infer<ReturnType<typeof createChargeSchema>>;

export function useCreateCharge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: CreateChargeInput) => unwrap(api.POST('/api/v1/charges', { body: v as CreateChargeBody })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: chargeKeys.lists() }),
  });
}
