import { Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { InvoiceIssuer } from './invoice-issuer.service';
import { InvoiceQueryService } from './invoice-query.service';
import { renderInvoicePdf } from './invoice-pdf';

/**
 * The PDF of an invoice: an issued one from its snapshot (the same bytes every time); a draft
 * (staff only) as it would be issued, marked 下書き, so the preview PDF matches the draft.
 */
@Injectable()
export class InvoicePdfService {
  constructor(
    private readonly invoices: InvoiceQueryService,
    private readonly issuer: InvoiceIssuer,
    private readonly tx: TransactionRunner,
  ) {}

  /** The PDF bytes and a file name; tenant users only for their own tenant's issued invoices. */
  async pdf(facilityId: string, id: string, ownTenantId: string | null): Promise<{ fileName: string; body: Buffer }> {
    const invoice = await this.invoices.get(facilityId, id, ownTenantId);
    if (invoice.status === 'draft') {
      const snapshot = await this.tx.inFacility(facilityId, (em) => this.issuer.draftSnapshot(em, facilityId, invoice));
      return {
        fileName: `draft-${invoice.period}-${invoice.id.slice(0, 8)}.pdf`,
        body: await renderInvoicePdf(snapshot),
      };
    }
    if (!invoice.snapshot) throw DomainError.notFound('Invoice', id);
    return { fileName: `${invoice.snapshot.number}.pdf`, body: await renderInvoicePdf(invoice.snapshot) };
  }
}
