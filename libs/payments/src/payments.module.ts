import { Module } from '@nestjs/common';
import { BillingModule } from '@tamago/billing';
import { TenantsModule } from '@tamago/tenants';
import { ArrearsService } from './arrears.service';
import { BankReconciliationService } from './bank-reconciliation.service';
import { BankReversalService } from './bank-reversal.service';
import { DebitBatchService } from './debit-batch.service';
import { DebitMandateService } from './debit-mandate.service';
import { DebitSettingsService } from './debit-settings.service';
import { JournalService } from './journal.service';
import { PayerAliasService } from './payer-alias.service';
import { PaymentHistoryService } from './payment-history.service';
import { PaymentLedger } from './payment-ledger.service';
import { PaymentService } from './payment.service';
import { StatementService } from './statement.service';

const SERVICES = [
  PaymentLedger,
  PaymentService,
  StatementService,
  PayerAliasService,
  BankReconciliationService,
  BankReversalService,
  DebitSettingsService,
  DebitMandateService,
  DebitBatchService,
  ArrearsService,
  JournalService,
  PaymentHistoryService,
];

/** Payments, bank reconciliation, direct debit, arrears and the accounting export. */
@Module({ imports: [BillingModule, TenantsModule], providers: SERVICES, exports: SERVICES })
export class PaymentsModule {}
