import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, parseIsoDate, todayIn } from '@tamago/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { InvoicesService, type OpenInvoiceView } from '@tamago/billing';
import { agingBucket, agingReport, daysPastDue, dunningLevel, type AgingBucket, type AgingReport } from './domain';
import { TenantLookup } from '@tamago/tenants';
import { DebitSettingsService } from './debit-settings.service';
import { PaymentsError } from './errors';

export interface ArrearsInvoice {
  invoiceId: string;
  number: string;
  dueDate: string;
  openAmount: number;
  daysPastDue: number;
  bucket: AgingBucket;
  dunningLevel: 0 | 1 | 2 | 3;
}

export interface TenantArrears {
  tenantId: string;
  tenantName: string;
  balance: number;
  aging: AgingReport;
  /** Highest reminder level due over the tenant's invoices (0 = none). */
  dunningLevel: 0 | 1 | 2 | 3;
  invoices: ArrearsInvoice[];
  /** The latest failed direct debit's reason (insufficient_funds …), for the reminder's wording. */
  lastDebitFailure: { debitDate: string; resultCode: string; reason: string } | null;
}

export interface ArrearsReport {
  asOf: string;
  thresholds: number[];
  totals: AgingReport;
  tenants: TenantArrears[];
}

/** Receivables aging and dunning levels due, computed from open invoices (nothing is sent here). */
@Injectable()
export class ArrearsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly invoices: InvoicesService,
    private readonly settings: DebitSettingsService,
    private readonly tenants: TenantLookup,
  ) {}

  /** Every tenant with money open, worst first. */
  report(facilityId: string, asOf?: string): Promise<ArrearsReport> {
    const date = asOf ? parseIsoDate(asOf, 'asOf') : todayIn();
    return this.tx.inFacility(facilityId, async (em) => {
      const thresholds = await this.thresholds(em, facilityId);
      const open = await this.invoices.openInvoices(facilityId, null, em);
      const tenantIds = [...new Set(open.map((i) => i.tenantId))];
      const names = await this.names(em, facilityId, tenantIds);
      const failures = await this.failures(em, facilityId);
      const tenants = tenantIds
        .map((id) => this.tenantArrears(id, names.get(id) ?? '', open, date, thresholds, failures.get(id) ?? null))
        .sort(
          (a, b) =>
            b.dunningLevel - a.dunningLevel || b.balance - a.balance || a.tenantName.localeCompare(b.tenantName),
        );
      return { asOf: date, thresholds, totals: agingReport(open, date), tenants };
    });
  }

  /** One tenant's arrears (empty when nothing is open); `ownTenantId` confines tenant users. */
  forTenant(facilityId: string, tenantId: string, ownTenantId: string | null, asOf?: string): Promise<TenantArrears> {
    const date = asOf ? parseIsoDate(asOf, 'asOf') : todayIn();
    return this.tx.inFacility(facilityId, async (em) => {
      const tenant = await this.tenants.find(em, facilityId, tenantId);
      if (!tenant || (ownTenantId !== null && ownTenantId !== tenantId))
        throw DomainError.notFound(PaymentsError.TenantNotFound, 'Tenant', tenantId);
      const thresholds = await this.thresholds(em, facilityId);
      const open = await this.invoices.openInvoices(facilityId, tenantId, em);
      const failure = (await this.failures(em, facilityId, tenantId)).get(tenantId) ?? null;
      return this.tenantArrears(tenantId, tenant.name, open, date, thresholds, failure);
    });
  }

  private tenantArrears(
    tenantId: string,
    tenantName: string,
    all: OpenInvoiceView[],
    asOf: string,
    thresholds: [number, number, number],
    lastDebitFailure: TenantArrears['lastDebitFailure'],
  ): TenantArrears {
    const open = all.filter((i) => i.tenantId === tenantId);
    const invoices = open.map((i) => {
      const days = daysPastDue(i.dueDate, asOf);
      return {
        invoiceId: i.id,
        number: i.number,
        dueDate: i.dueDate,
        openAmount: i.openAmount,
        daysPastDue: days,
        bucket: agingBucket(i.dueDate, asOf),
        dunningLevel: dunningLevel(days, thresholds),
      };
    });
    const aging = agingReport(open, asOf);
    const level = Math.max(0, ...invoices.map((i) => i.dunningLevel)) as 0 | 1 | 2 | 3;
    return { tenantId, tenantName, balance: aging.total, aging, dunningLevel: level, invoices, lastDebitFailure };
  }

  private async thresholds(em: EntityManager, facilityId: string): Promise<[number, number, number]> {
    const days = (await this.settings.getIn(em, facilityId)).dunningDays;
    return [days[0], days[1], days[2]];
  }

  private async names(em: EntityManager, facilityId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    return this.tenants.namesOf(em, facilityId, ids);
  }

  private async failures(
    em: EntityManager,
    facilityId: string,
    tenantId: string | null = null,
  ): Promise<Map<string, TenantArrears['lastDebitFailure']>> {
    const rows = await queryRows<{ tenant_id: string; debit_date: string; result_code: string; result_label: string }>(
      em,
      `SELECT DISTINCT ON (i.tenant_id) i.tenant_id, b.debit_date::text, i.result_code, i.result_label
         FROM debit_batch_items i JOIN debit_batches b ON b.id = i.batch_id AND b.facility_id = i.facility_id
        WHERE i.facility_id = $1 AND ($2::uuid IS NULL OR i.tenant_id = $2) AND i.result_code IS NOT NULL
        ORDER BY i.tenant_id, b.debit_date DESC, b.created_at DESC`,
      [facilityId, tenantId],
    );
    return new Map(
      rows
        .filter((r) => r.result_code !== '0')
        .map((r) => [r.tenant_id, { debitDate: r.debit_date, resultCode: r.result_code, reason: r.result_label }]),
    );
  }
}
