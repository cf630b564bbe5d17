import { z } from 'zod';

export const PAYMENT_TABS = ['bank', 'debit', 'arrears', 'export'] as const;
export const BANK_VIEWS = ['unmatched', 'applied', 'reversed', 'reversals'] as const;

/** The payments screen's tab and bank list live in the URL. */
export const paymentsSearchSchema = z.object({
  tab: z.enum(PAYMENT_TABS).optional().catch(undefined),
  bank: z.enum(BANK_VIEWS).optional().catch(undefined),
});

export type PaymentsSearch = z.infer<typeof paymentsSearchSchema>;
