import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BankCredit, BankImportResult, BankReversal, Page } from './receivable-types';

export const BANK_PAGE_SIZE = 20;
export type CreditStatus = BankCredit['status'];

export const bankKeys = {
  all: ['bank'] as const,
  credits: () => [...bankKeys.all, 'credits'] as const,
  creditList: (status: CreditStatus, page: number) => [...bankKeys.credits(), status, page] as const,
  reversals: () => [...bankKeys.all, 'reversals'] as const,
  reversalList: (page: number) => [...bankKeys.reversals(), page] as const,
};

const page = (n: number) => ({ limit: BANK_PAGE_SIZE, offset: n * BANK_PAGE_SIZE });

export const bankQueries = {
  credits: (status: CreditStatus, n: number) =>
    queryOptions({
      queryKey: bankKeys.creditList(status, n),
      queryFn: () =>
        unwrap<Page<BankCredit>>(
          api.GET('/api/v1/bank-credits', { params: { query: { status, ...page(n) } } }) as never,
        ),
      placeholderData: keepPreviousData,
    }),
  reversals: (n: number) =>
    queryOptions({
      queryKey: bankKeys.reversalList(n),
      queryFn: () =>
        unwrap<Page<BankReversal>>(api.GET('/api/v1/bank-reversals', { params: { query: page(n) } }) as never),
      placeholderData: keepPreviousData,
    }),
};

/** Uploads a bank statement (Zengin or CSV); credits that fit one tenant are applied at once. */
export function useImportBankFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return unwrap<BankImportResult>(
        api.POST('/api/v1/bank-statements', {
          body: body as never,
          bodySerializer: (b: unknown) => b as FormData,
        }) as never,
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: bankKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['arrears'] });
    },
  });
}

/** Applies an unmatched credit to the tenant a person chose, as a bank-transfer payment. */
export function useMatchCredit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { credit: BankCredit; tenantId: string; acceptShortAsFee: boolean }) =>
      unwrap(
        api.POST('/api/v1/bank-credits/{id}/match', {
          params: { path: { id: v.credit.id } },
          body: { tenantId: v.tenantId, acceptShortAsFee: v.acceptShortAsFee },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: bankKeys.credits() });
      void queryClient.invalidateQueries({ queryKey: ['arrears'] });
    },
  });
}
