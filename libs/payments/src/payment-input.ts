import type { PaymentKind, PaymentMethod, PaymentSource } from './entities/payment.entity';

/** POST /payments body. */
export interface NewPayment {
  tenantId: string;
  amount: number;
  paidOn: string;
  method: PaymentMethod;
  invoiceIds?: string[];
  note?: string;
}

export interface PaymentListQuery {
  tenantId?: string;
  method?: PaymentMethod;
  kind?: PaymentKind;
  source?: PaymentSource;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface NewRefund {
  amount: number;
  refundedOn: string;
  note?: string;
}
