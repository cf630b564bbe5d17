import { Module } from '@nestjs/common';
import { InvoicesService } from './invoices.service';

/** Billing: settings, charges, billing runs, invoices and their PDFs. */
@Module({
  providers: [InvoicesService],
  exports: [InvoicesService],
})
export class BillingModule {}
