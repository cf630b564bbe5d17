import { Injectable } from '@nestjs/common';
import { InvoicePdfService, InvoiceQueryService } from '@tamago/billing';
import { TransactionRunner } from '@tamago/database';
import { FacilitiesService } from '@tamago/facilities';
import { HandlesJob, JobHandler, MailIssuedInvoicesPayload } from '@tamago/jobs';
import { NotificationService } from '@tamago/notifications';
import { TenantService } from '@tamago/tenants';
import { ReminderSettingsService } from './reminder-settings.service';

/**
 * Mails a just-issued run's invoices, PDF attached, to each tenant's billing contacts
 * (`mail-issued-invoices`), when the facility turned `invoice_mail` on. One notification per
 * invoice and address: a retried job mails only what is missing. Invoices cannot be opted out of.
 */
@Injectable()
@JobHandler('mail-issued-invoices')
export class MailIssuedInvoicesJob implements HandlesJob<'mail-issued-invoices'> {
  constructor(
    private readonly settings: ReminderSettingsService,
    private readonly invoices: InvoiceQueryService,
    private readonly pdfs: InvoicePdfService,
    private readonly tenants: TenantService,
    private readonly facilities: FacilitiesService,
    private readonly notifications: NotificationService,
    private readonly tx: TransactionRunner,
  ) {}

  async handle(p: MailIssuedInvoicesPayload): Promise<{ mailed: number }> {
    if (!(await this.settings.mailEnabled(p.facilityId, 'invoice_mail'))) return { mailed: 0 };
    const facility = await this.facilities.get(p.facilityId);
    const { items } = await this.invoices.list(p.facilityId, { billingRunId: p.runId, limit: 10_000, offset: 0 }, null);
    let mailed = 0;
    for (const inv of items.filter((i) => i.number && i.status !== 'draft' && i.status !== 'void')) {
      const tenant = await this.tenants.get(p.facilityId, inv.tenantId);
      const contacts = (tenant.contacts ?? []).filter((c) => c.role === 'billing' && c.email);
      if (contacts.length === 0) continue;
      const pdf = await this.pdfs.pdf(p.facilityId, inv.id, null);
      for (const c of contacts) {
        const outcome = await this.tx.inFacility(p.facilityId, (em) =>
          this.notifications.notifyIn(em, p.facilityId, {
            kind: 'invoice_issued',
            dedupeKey: `invoice_issued:${inv.id}:${c.email!.toLowerCase()}`,
            recipient: { userId: null, email: c.email!, name: c.name, locale: 'ja' },
            params: {
              facilityName: facility.name,
              invoiceNumber: inv.number!,
              amount: inv.total,
              dueDate: inv.dueDate ?? '',
            },
            attachments: [
              { filename: pdf.fileName, contentType: 'application/pdf', contentBase64: pdf.body.toString('base64') },
            ],
          }),
        );
        if (outcome.created) mailed += 1;
      }
    }
    return { mailed };
  }
}
