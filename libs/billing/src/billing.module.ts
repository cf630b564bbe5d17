import { Module } from '@nestjs/common';
import { BillingRunIssueService } from './billing-run-issue.service';
import { BillingRunPreviewService } from './billing-run-preview.service';
import { BillingRunService } from './billing-run.service';
import { BillingSettingsService } from './billing-settings.service';
import { ChargeService } from './charge.service';
import { InvoiceCorrectionService } from './invoice-correction.service';
import { InvoiceIssuer } from './invoice-issuer.service';
import { InvoicePdfService } from './invoice-pdf.service';
import { InvoiceQueryService } from './invoice-query.service';
import { InvoicesService } from './invoices.service';
import { NO_UTILITY_USAGE, UTILITY_USAGE_SOURCE } from './utility-usage';

/** Billing: settings, charges, billing runs, invoices and their PDFs. */
@Module({
  providers: [
    InvoicesService,
    BillingSettingsService,
    ChargeService,
    BillingRunService,
    BillingRunPreviewService,
    BillingRunIssueService,
    InvoiceIssuer,
    InvoiceQueryService,
    InvoiceCorrectionService,
    InvoicePdfService,
    // The hook for metered utilities: replace with an adapter over libs/metering's public surface.
    { provide: UTILITY_USAGE_SOURCE, useValue: NO_UTILITY_USAGE },
  ],
  exports: [
    InvoicesService,
    BillingSettingsService,
    ChargeService,
    BillingRunService,
    BillingRunPreviewService,
    BillingRunIssueService,
    InvoiceQueryService,
    InvoiceCorrectionService,
    InvoicePdfService,
  ],
})
export class BillingModule {}
