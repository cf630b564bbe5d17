// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { BankCredit } from './entities/bank-credit.entity';
import { BankReversal } from './entities/bank-reversal.entity';
import { BankStatementImport } from './entities/bank-statement-import.entity';
import { DebitBatchItem } from './entities/debit-batch-item.entity';
import { DebitBatch } from './entities/debit-batch.entity';
import { DebitMandate } from './entities/debit-mandate.entity';
import { DebitSettings } from './entities/debit-settings.entity';
import { PaymentAllocation } from './entities/payment-allocation.entity';
import { PaymentIdempotencyKey } from './entities/payment-idempotency-key.entity';
import { Payment } from './entities/payment.entity';
import { TenantPayerAlias } from './entities/tenant-payer-alias.entity';

export {
  BankCredit,
  BankReversal,
  BankStatementImport,
  DebitBatch,
  DebitBatchItem,
  DebitMandate,
  DebitSettings,
  Payment,
  PaymentAllocation,
  PaymentIdempotencyKey,
  TenantPayerAlias,
};

/** Every entity of this context, in the order libs/schema lists them. */
export const PAYMENTS_ENTITIES = [
  BankCredit,
  BankReversal,
  BankStatementImport,
  DebitBatch,
  DebitBatchItem,
  DebitMandate,
  DebitSettings,
  Payment,
  PaymentAllocation,
  PaymentIdempotencyKey,
  TenantPayerAlias,
];
