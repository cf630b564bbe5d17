import { Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { ZipArchive, type Archiver } from 'archiver';
import { In, Not } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { InvoiceIssuer } from './invoice-issuer.service';
import { InvoiceQueryService } from './invoice-query.service';
import { renderInvoicePdf } from './invoice-pdf';
import { BillingRun } from './billing-run.entity';
import { Invoice } from './invoice.entity';
import { BillingError } from './errors';

/**
 * The PDF of an invoice: an issued one from its snapshot (the same bytes every time); a draft
 * (staff only) as it would be issued, marked 下書き, so the preview PDF matches the draft.
 */
@Injectable()
export class InvoicePdfService {
  private readonly logger = new Logger(InvoicePdfService.name);

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
    if (!invoice.snapshot) throw DomainError.notFound(BillingError.InvoiceNotFound, 'Invoice', id);
    return { fileName: `${invoice.snapshot.number}.pdf`, body: await renderInvoicePdf(invoice.snapshot) };
  }

  /**
   * Every issued document of a run (invoices, their credit notes, void ones marked) as one ZIP,
   * streamed: each PDF is rendered only when the archive has taken the previous one, so memory
   * stays at one PDF whatever the run's size. 404 for unknown runs and runs with nothing issued.
   */
  async runArchive(facilityId: string, runId: string): Promise<{ fileName: string; stream: Readable }> {
    const docs = await this.tx.inFacility(facilityId, async (em) => {
      const run = await em.findOneBy(BillingRun, { facilityId, id: runId });
      if (!run) throw DomainError.notFound(BillingError.BillingRunNotFound, 'Billing run', runId);
      const invoices = await em.find(Invoice, {
        select: { id: true },
        where: { facilityId, billingRunId: runId, status: Not(In(['draft'])) },
        order: { sequence: 'ASC' },
      });
      return { run, ids: invoices.map((i) => i.id) };
    });
    if (docs.ids.length === 0)
      throw DomainError.notFound(BillingError.RunHasNoIssuedInvoices, 'Issued invoices of billing run', runId);
    const zip = new ZipArchive({ zlib: { level: 6 } });
    void this.fill(zip, facilityId, docs.ids).catch((e: unknown) => {
      this.logger.error(`PDF archive of run ${runId} failed: ${String(e)}`);
      zip.abort();
    });
    return {
      fileName: `invoices-${docs.run.period}${docs.run.supplementary ? '-supplementary' : ''}.zip`,
      stream: zip,
    };
  }

  private async fill(zip: Archiver, facilityId: string, ids: string[]): Promise<void> {
    for (const id of ids) {
      const invoice = await this.invoices.get(facilityId, id, null);
      if (!invoice.snapshot) continue;
      const body = await renderInvoicePdf(invoice.snapshot);
      const name = `${invoice.snapshot.number}${invoice.status === 'void' ? '_取消' : ''}.pdf`;
      await new Promise<void>((resolve) => {
        zip.once('entry', () => resolve());
        zip.append(body, { name, date: new Date(`${invoice.snapshot!.issueDate}T00:00:00Z`) });
      });
    }
    await zip.finalize();
  }
}
