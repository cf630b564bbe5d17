import { INestApplication } from '@nestjs/common';
import {
  BillingRunIssueService,
  BillingRunPreviewService,
  BillingRunService,
  ChargeService,
  InvoicesService,
  type OpenInvoiceView,
} from '@tamago/billing';
import { TenantService } from '@tamago/tenants';
import { validCorporateNumber } from '../tenants/helpers';

/** An active corporate tenant with the given kana name. */
export async function createTenant(
  app: INestApplication,
  facilityId: string,
  actorId: string,
  name: string,
  nameKana: string,
): Promise<string> {
  const tenant = await app.get(TenantService).create(facilityId, actorId, {
    kind: 'corporation',
    status: 'active',
    name,
    nameKana,
    corporateNumber: validCorporateNumber(),
    enteredOn: '2026-01-01',
  } as never);
  return tenant.id;
}

/**
 * Issues one invoice per tenant for a period through billing's public services: a one-off charge
 * (out of scope for tax, so the invoice total is exactly `amount`), a regular billing run, its
 * preview and its issue — run in-process rather than through the queue so the test controls timing.
 */
export async function issueInvoices(
  app: INestApplication,
  facilityId: string,
  actorId: string,
  period: string,
  charges: { tenantId: string; amount: number; taxCategory?: string }[],
  issueDate: string,
): Promise<OpenInvoiceView[]> {
  for (const c of charges) {
    await app.get(ChargeService).create(facilityId, actorId, {
      tenantId: c.tenantId,
      period,
      description: `利用料 ${period}`,
      quantity: 1,
      unitPrice: c.amount,
      taxCategory: c.taxCategory ?? 'out_of_scope',
    });
  }
  const runs = app.get(BillingRunService);
  const run = await runs.start(facilityId, actorId, { period });
  await app.get(BillingRunPreviewService).preview(facilityId, run.id, run.generation);
  await runs.issue(facilityId, actorId, run.id, issueDate);
  await app.get(BillingRunIssueService).issue(facilityId, run.id);
  const open = await app.get(InvoicesService).openInvoices(facilityId, null);
  return open.filter((i) => i.period === period);
}

/** The open invoices of a tenant, oldest first. */
export function openOf(app: INestApplication, facilityId: string, tenantId: string): Promise<OpenInvoiceView[]> {
  return app.get(InvoicesService).openInvoices(facilityId, tenantId);
}
