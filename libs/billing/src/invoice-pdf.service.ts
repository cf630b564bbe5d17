import { Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { InvoiceQueryService } from './invoice-query.service';
import { renderInvoicePdf } from './invoice-pdf';

/** The PDF of an issued invoice, rendered from its snapshot (drafts have none: 404). */
@Injectable()
export class InvoicePdfService {
  constructor(private readonly invoices: InvoiceQueryService) {}

  /** The PDF bytes and a file name; tenant users only for their own tenant's invoices. */
  async pdf(facilityId: string, id: string, ownTenantId: string | null): Promise<{ fileName: string; body: Buffer }> {
    const invoice = await this.invoices.get(facilityId, id, ownTenantId);
    if (!invoice.snapshot) throw DomainError.notFound('Invoice', id);
    return { fileName: `${invoice.snapshot.number}.pdf`, body: await renderInvoicePdf(invoice.snapshot) };
  }
}
