import { Module } from '@nestjs/common';
import { FacilitiesModule } from '@tamago/facilities';
import { LeasingModule } from '@tamago/leasing';
import { MeteringModule } from '@tamago/metering';
import { TenantsModule } from '@tamago/tenants';
import { BillingRunIssueService } from './billing-run-issue.service';
import { BillingRunPreviewService } from './billing-run-preview.service';
import { BillingRunService } from './billing-run.service';
import { MonthlyBillingSchedule } from './billing-schedule';
import { BillingSettingsService } from './billing-settings.service';
import { ChargeService } from './charge.service';
import { DepositSettlementService } from './deposit-settlement.service';
import { InvoiceCorrectionService } from './invoice-correction.service';
import { InvoiceExportService } from './invoice-export.service';
import { InvoiceIssuer } from './invoice-issuer.service';
import { InvoicePdfService } from './invoice-pdf.service';
import { InvoiceQueryService } from './invoice-query.service';
import { InvoicesService } from './invoices.service';
import { MeteringUsageSource } from './metering-usage.source';
import { UTILITY_USAGE_SOURCE } from './utility-usage';

/** Billing: settings, charges, billing runs, invoices and their PDFs. */
@Module({
  imports: [MeteringModule, LeasingModule, TenantsModule, FacilitiesModule],
  providers: [
    InvoicesService,
    BillingSettingsService,
    ChargeService,
    BillingRunService,
    BillingRunPreviewService,
    BillingRunIssueService,
    InvoiceIssuer,
    InvoiceQueryService,
    InvoiceExportService,
    InvoiceCorrectionService,
    InvoicePdfService,
    DepositSettlementService,
    MonthlyBillingSchedule,
    // Metered utilities: the previous month's consumption from libs/metering, priced by billing settings.
    { provide: UTILITY_USAGE_SOURCE, useClass: MeteringUsageSource },
  ],
  exports: [
    InvoicesService,
    BillingSettingsService,
    ChargeService,
    BillingRunService,
    BillingRunPreviewService,
    BillingRunIssueService,
    InvoiceQueryService,
    InvoiceExportService,
    InvoiceCorrectionService,
    InvoicePdfService,
    DepositSettlementService,
  ],
})
export class BillingModule {}
