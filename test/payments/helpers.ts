import { INestApplication } from '@nestjs/common';
import {
  BillingRunIssueService,
  BillingRunPreviewService,
  BillingSettingsService,
  ChargeService,
  InvoicesService,
  issuingProblemsOf,
  type OpenInvoiceView,
} from '@tamago/billing';
import { BillingRun } from '@tamago/billing/entities';
import { TransactionRunner } from '@tamago/database';
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
 * The run row is written here instead of by BillingRunService, which would enqueue preview and
 * issue jobs: a worker booted by another test file of the same run would take them, race the
 * in-process preview and, after issuing, apply the tenants' credit behind the test's back.
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
  await ensureIssuer(app, facilityId, actorId);
  const tx = app.get(TransactionRunner);
  const run = await tx.inFacility(facilityId, (em) =>
    em.save(
      em.create(BillingRun, {
        facilityId,
        period,
        supplementary: false,
        status: 'previewing',
        progress: 0,
        generation: 1,
        summary: { differences: [] },
        createdBy: actorId,
      }),
    ),
  );
  await app.get(BillingRunPreviewService).preview(facilityId, run.id, run.generation);
  await tx.inFacility(facilityId, (em) =>
    em.update(BillingRun, { facilityId, id: run.id, status: 'previewed' }, { status: 'issuing', issueDate }),
  );
  await app.get(BillingRunIssueService).issue(facilityId, run.id);
  const open = await app.get(InvoicesService).openInvoices(facilityId, null);
  return open.filter((i) => i.period === period);
}

/** The open invoices of a tenant, oldest first. */
export function openOf(app: INestApplication, facilityId: string, tenantId: string): Promise<OpenInvoiceView[]> {
  return app.get(InvoicesService).openInvoices(facilityId, tenantId);
}

/** Gives a facility what issuing needs (legal name, registration number, bank account) when missing. */
export async function ensureIssuer(app: INestApplication, facilityId: string, actorId: string): Promise<void> {
  const settings = app.get(BillingSettingsService);
  if (issuingProblemsOf(await settings.get(facilityId), 'invoice').length === 0) return;
  await settings.update(facilityId, actorId, ISSUER);
}

/** Issuer settings of a registered facility, for tests. */
export const ISSUER = {
  legalName: '株式会社テスト施設',
  registrationNumber: 'T7000012050002',
  bankAccount: {
    bankName: 'みらい銀行',
    branchName: '本店',
    accountType: 'ordinary' as const,
    accountNumber: '1234567',
    accountHolder: 'ｶ)ﾃｽﾄｼｾﾂ',
  },
};
