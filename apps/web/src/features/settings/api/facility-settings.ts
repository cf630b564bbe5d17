import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';

export type OwnFacility = components['schemas']['OwnFacilityDto'];
type UpdateBody = components['schemas']['UpdateFacilitySettingsDto'];

export const facilityKeys = { all: ['facility'] as const, own: () => [...facilityKeys.all, 'own'] as const };

export const facilityQueries = {
  own: () =>
    queryOptions({
      queryKey: facilityKeys.own(),
      queryFn: () => unwrap(api.GET('/api/v1/facility')) as Promise<OwnFacility>,
    }),
};

/** Billing and tax settings: who issues, how tax rounds, when invoices fall due, where tenants pay. */
export function facilitySettingsSchema(t: TFunction<'errors'>) {
  const text = (max: number) => z.string().trim().max(max, t('field.tooLong', { max }));
  return z.object({
    legalName: text(200),
    registrationNumber: z
      .string()
      .trim()
      .regex(/^(T\d{13})?$/, t('field.invalid')),
    qualifiedInvoiceIssuer: z.boolean(),
    taxRounding: z.enum(['floor', 'round', 'ceil']),
    issuerAddress: text(300),
    issuerPhone: text(30),
    dueDay: z.string(),
    dueMonthOffset: z.enum(['0', '1']),
    dueAdjust: z.enum(['next', 'previous']),
    bankAccount: z.object({
      bankName: text(60),
      bankCode: z.string().regex(/^(\d{4})?$/, t('field.invalid')),
      branchName: text(60),
      branchCode: z.string().regex(/^(\d{3})?$/, t('field.invalid')),
      accountType: z.enum(['ordinary', 'current', 'savings']),
      accountNumber: z.string().regex(/^(\d{1,8})?$/, t('field.invalid')),
      accountHolder: text(60),
    }),
  });
}

export type FacilitySettingsInput = z.infer<ReturnType<typeof facilitySettingsSchema>>;

export function toSettingsInput(f: OwnFacility): FacilitySettingsInput {
  const rule = f.dueDateRule as { day?: string | number; monthOffset?: 0 | 1; adjust?: 'next' | 'previous' };
  const b = f.bankAccount;
  return {
    legalName: f.legalName ?? '',
    registrationNumber: f.registrationNumber ?? '',
    qualifiedInvoiceIssuer: f.qualifiedInvoiceIssuer,
    taxRounding: f.taxRounding,
    issuerAddress: f.issuerAddress ?? '',
    issuerPhone: f.issuerPhone ?? '',
    dueDay: String(rule.day ?? 'end_of_month'),
    dueMonthOffset: String(rule.monthOffset ?? 1) as '0' | '1',
    dueAdjust: rule.adjust ?? 'next',
    bankAccount: {
      bankName: b?.bankName ?? '',
      bankCode: b?.bankCode ?? '',
      branchName: b?.branchName ?? '',
      branchCode: b?.branchCode ?? '',
      accountType: b?.accountType ?? 'ordinary',
      accountNumber: b?.accountNumber ?? '',
      accountHolder: b?.accountHolder ?? '',
    },
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function toSettingsBody(v: FacilitySettingsInput): UpdateBody {
  const b = v.bankAccount;
  const hasAccount = Boolean(b.bankName || b.accountNumber || b.accountHolder);
  // The generated type marks fiscalYearStartMonth required (a defaulted DTO property); PATCH leaves it out.
  return {
    legalName: orNull(v.legalName) as never,
    registrationNumber: orNull(v.registrationNumber) as never,
    qualifiedInvoiceIssuer: v.qualifiedInvoiceIssuer,
    taxRounding: v.taxRounding,
    issuerAddress: orNull(v.issuerAddress) as never,
    issuerPhone: orNull(v.issuerPhone) as never,
    dueDateRule: {
      day: (v.dueDay === 'end_of_month' ? 'end_of_month' : Number(v.dueDay)) as never,
      monthOffset: Number(v.dueMonthOffset) as 0 | 1,
      adjust: v.dueAdjust,
    },
    bankAccount: hasAccount
      ? {
          bankName: b.bankName,
          branchName: b.branchName,
          accountType: b.accountType,
          accountNumber: b.accountNumber,
          accountHolder: b.accountHolder,
          ...(b.bankCode ? { bankCode: b.bankCode } : {}),
          ...(b.branchCode ? { branchCode: b.branchCode } : {}),
        }
      : null,
  } as unknown as UpdateBody;
}

export function useUpdateFacilitySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: FacilitySettingsInput) =>
      unwrap(api.PATCH('/api/v1/facility', { body: toSettingsBody(v) })) as Promise<OwnFacility>,
    onSuccess: (facility) => queryClient.setQueryData(facilityKeys.own(), facility),
  });
}
