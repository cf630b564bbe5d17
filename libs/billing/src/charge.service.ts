import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner, removeScoped } from '@tamago/database';
import { TenantLookup, type TenantSummary } from '@tamago/tenants';
import { TAX_CATEGORIES, parsePeriod, requireYen, type TaxCategory } from './domain';
import { Charge } from './charge.entity';
import { CHARGE_KINDS, type ChargeKind } from './invoice-types';
import { BillingError } from './errors';

export interface NewCharge {
  tenantId: string;
  period: string;
  description: string;
  quantity: number;
  unitPrice: number;
  taxCategory: string;
  taxIncluded?: boolean;
  kind?: string;
}

export interface ChargeListQuery {
  tenantId?: string;
  period?: string;
  invoiced?: boolean;
  limit: number;
  offset: number;
}

/**
 * The charge's kind as given, or derived for callers that do not name it: a 不課税 保証金/敷金 is a
 * deposit, any other 不課税 amount a reimbursement (立替金) — never income. A deposit is 不課税 only.
 */
export function chargeKindOf(input: { kind?: string; taxCategory: string; description: string }): ChargeKind {
  if (input.kind !== undefined && !CHARGE_KINDS.includes(input.kind as ChargeKind)) {
    throw DomainError.invalid(
      BillingError.ChargeKindUnknown,
      'kind',
      `kind must be one of ${CHARGE_KINDS.join(', ')}.`,
      { allowed: CHARGE_KINDS.join(', ') },
    );
  }
  const kind =
    (input.kind as ChargeKind | undefined) ??
    (input.taxCategory !== 'out_of_scope'
      ? 'other'
      : /保証金|敷金/.test(input.description)
        ? 'deposit'
        : 'reimbursement');
  if ((kind === 'deposit' || kind === 'reimbursement') && input.taxCategory !== 'out_of_scope') {
    throw DomainError.invalid(
      BillingError.KindOutOfTaxScope,
      'taxCategory',
      `A ${kind} is out of the scope of consumption tax (out_of_scope).`,
      { kind },
    );
  }
  return kind;
}

/** The largest one-off charge line we accept (¥1,000,000,000): anything above is a typo. */
const MAX_LINE_AMOUNT = 1_000_000_000;

/** One-off charges: billed by the next run of their period, deletable until invoiced. */
@Injectable()
export class ChargeService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tenants: TenantLookup,
  ) {}

  /** Records a charge after checking every field (400 naming it) and the tenant (422 tenantId). */
  async create(facilityId: string, actorId: string, input: NewCharge): Promise<Charge> {
    parsePeriod(input.period, 'period');
    if (!TAX_CATEGORIES.includes(input.taxCategory as TaxCategory)) {
      throw DomainError.invalid(
        BillingError.TaxCategoryNotOneOf,
        'taxCategory',
        `taxCategory must be one of ${TAX_CATEGORIES.join(', ')}.`,
        { allowed: TAX_CATEGORIES.join(', ') },
      );
    }
    const quantity = requireYen(input.quantity, 'quantity', { min: 1, max: 1_000_000 });
    const unitPrice = requireYen(input.unitPrice, 'unitPrice', { min: 0, max: MAX_LINE_AMOUNT });
    const amount = requireYen(quantity * unitPrice, 'unitPrice', { max: MAX_LINE_AMOUNT });
    const kind = chargeKindOf(input);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        await requireTenant(this.tenants, em, facilityId, input.tenantId);
        const charge = em.create(Charge, {
          facilityId,
          tenantId: input.tenantId,
          period: input.period,
          description: input.description,
          quantity,
          unitPrice,
          amount,
          taxCategory: input.taxCategory as TaxCategory,
          taxIncluded: input.taxIncluded === true,
          kind,
          invoiceId: null,
          createdBy: actorId,
        });
        // An insert, not save(): save's change tracking costs more than the statement on this hot path
        // (the benchmark's POST /charges). The subscriber still writes the audit event, and the
        // generated columns (id, created_at) come back into `charge`.
        await em.insert(Charge, charge);
        return charge;
      },
      actorId,
    );
  }

  /** Charges of the facility, newest first. */
  list(facilityId: string, q: ChargeListQuery): Promise<{ items: Charge[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(Charge, 'c').where('c.facility_id = :facilityId', { facilityId });
      if (q.tenantId) qb.andWhere('c.tenant_id = :tenantId', { tenantId: q.tenantId });
      if (q.period) qb.andWhere('c.period = :period', { period: q.period });
      if (q.invoiced !== undefined) qb.andWhere(`c.invoice_id IS ${q.invoiced ? 'NOT ' : ''}NULL`);
      qb.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'ASC').skip(q.offset).take(q.limit);
      const [items, total] = await qb.getManyAndCount();
      return { items, total };
    });
  }

  /** One charge; 404 for unknown ids and other facilities' charges. */
  get(facilityId: string, id: string): Promise<Charge> {
    return this.tx.inFacility(facilityId, async (em) => {
      const found = await em.findOneBy(Charge, { facilityId, id });
      if (!found) throw DomainError.notFound(BillingError.ChargeNotFound, 'Charge', id);
      return found;
    });
  }

  /** Deletes a charge that no issued invoice has billed yet; 409 otherwise. */
  remove(facilityId: string, actorId: string, id: string): Promise<void> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const charge = await em
          .createQueryBuilder(Charge, 'c')
          .setLock('pessimistic_write')
          .where('c.facility_id = :facilityId AND c.id = :id', { facilityId, id })
          .getOne();
        if (!charge) throw DomainError.notFound(BillingError.ChargeNotFound, 'Charge', id);
        if (charge.invoiceId) {
          throw DomainError.conflict(
            BillingError.ChargeOnIssuedInvoice,
            'This charge is on an issued invoice; correct it with a credit note.',
            {},
            {
              invoiceId: charge.invoiceId,
            },
          );
        }
        await removeScoped(em, facilityId, charge);
      },
      actorId,
    );
  }
}

/** A tenant id from a request body must name a tenant of this facility (400 naming tenantId). */
async function requireTenant(
  tenants: TenantLookup,
  em: EntityManager,
  facilityId: string,
  tenantId: string,
): Promise<TenantSummary> {
  const tenant = await tenants.find(em, facilityId, tenantId);
  if (!tenant)
    throw DomainError.invalid(
      BillingError.TenantNotInFacility,
      'tenantId',
      `No tenant of this facility has id ${tenantId}.`,
      { tenantId },
    );
  return tenant;
}
