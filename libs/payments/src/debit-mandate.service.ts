import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, toHalfWidthKana } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { TenantLookup } from '@tamago/tenants';
import { HOLDER_NAME_MAX_LENGTH } from './domain/bank-account';
import { DebitMandate, MandateAccountType, MandateStatus } from './entities/debit-mandate.entity';
import { PaymentsError } from './errors';

export interface NewMandate {
  tenantId: string;
  bankCode: string;
  bankName?: string;
  branchCode: string;
  branchName?: string;
  accountType: MandateAccountType;
  accountNumber: string;
  holderName: string;
  customerNumber: string;
  status?: MandateStatus;
}

export type MandatePatch = Partial<Omit<NewMandate, 'tenantId'>>;

/** Tenants' direct-debit mandates (口座振替依頼書). */
@Injectable()
export class DebitMandateService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tenants: TenantLookup,
  ) {}

  /** Lists mandates, optionally of one tenant or status. */
  list(
    facilityId: string,
    q: { tenantId?: string; status?: MandateStatus; limit: number; offset: number },
  ): Promise<{ items: DebitMandate[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const where = {
        facilityId,
        ...(q.tenantId ? { tenantId: q.tenantId } : {}),
        ...(q.status ? { status: q.status } : {}),
      };
      const [items, total] = await em.findAndCount(DebitMandate, {
        where,
        order: { createdAt: 'ASC', id: 'ASC' },
        skip: q.offset,
        take: q.limit,
      });
      return { items, total };
    });
  }

  /** One mandate; 404 outside the facility. */
  get(facilityId: string, id: string): Promise<DebitMandate> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /** Registers a mandate; the holder name is stored as Zengin half-width kana. 409 on a second active one. */
  create(facilityId: string, actorId: string, input: NewMandate): Promise<DebitMandate> {
    const holderName = holder(input.holderName);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        await this.tenants.assertExists(em, facilityId, input.tenantId, 'tenantId');
        const status = input.status ?? 'active';
        await this.assertFree(em, facilityId, input.tenantId, input.customerNumber, status, null);
        return em.save(
          em.create(DebitMandate, {
            ...input,
            facilityId,
            holderName,
            bankName: input.bankName ? toHalfWidthKana(input.bankName, 'bankName') : null,
            branchName: input.branchName ? toHalfWidthKana(input.branchName, 'branchName') : null,
            status,
            firstDebitSent: false,
          }),
        );
      },
      actorId,
    );
  }

  /** Changes a mandate (account details, status); a changed account is sent as 新規コード 2 next time. */
  update(facilityId: string, actorId: string, id: string, patch: MandatePatch): Promise<DebitMandate> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const mandate = await this.load(em, facilityId, id);
        const next = { ...patch };
        if (next.holderName !== undefined) next.holderName = holder(next.holderName);
        if (next.bankName !== undefined) next.bankName = toHalfWidthKana(next.bankName, 'bankName');
        if (next.branchName !== undefined) next.branchName = toHalfWidthKana(next.branchName, 'branchName');
        const status = next.status ?? mandate.status;
        await this.assertFree(
          em,
          facilityId,
          mandate.tenantId,
          next.customerNumber ?? mandate.customerNumber,
          status,
          id,
        );
        const accountChanged = (['bankCode', 'branchCode', 'accountType', 'accountNumber'] as const).some(
          (k) => next[k] !== undefined && next[k] !== mandate[k],
        );
        if (mandate.status === 'revoked' && status !== 'revoked') {
          throw DomainError.conflict(
            PaymentsError.MandateRevoked,
            'A revoked mandate cannot be reactivated; register a new one.',
          );
        }
        // Before any debit was sent the next one is still 新規コード 1; after, a changed account is 2.
        Object.assign(mandate, next, accountChanged && mandate.firstDebitSent ? { accountChanged: true } : {});
        return saveScoped(em, facilityId, mandate);
      },
      actorId,
    );
  }

  private async assertFree(
    em: EntityManager,
    facilityId: string,
    tenantId: string,
    customerNumber: string,
    status: MandateStatus,
    selfId: string | null,
  ): Promise<void> {
    const same = await em.findOneBy(DebitMandate, { facilityId, customerNumber });
    if (same && same.id !== selfId)
      throw DomainError.conflict(
        PaymentsError.CustomerNumberTaken,
        `Customer number ${customerNumber} is already in use.`,
        { customerNumber },
      );
    if (status !== 'active') return;
    const active = await em.findOneBy(DebitMandate, { facilityId, tenantId, status: 'active' });
    if (active && active.id !== selfId) {
      throw DomainError.conflict(
        PaymentsError.MandateAlreadyActive,
        'The tenant already has an active mandate; suspend or revoke it first.',
        {},
        {
          activeMandateId: active.id,
        },
      );
    }
  }

  private async load(em: EntityManager, facilityId: string, id: string): Promise<DebitMandate> {
    const mandate = await em.findOneBy(DebitMandate, { facilityId, id });
    if (!mandate) throw DomainError.notFound(PaymentsError.DebitMandateNotFound, 'Debit mandate', id);
    return mandate;
  }
}

function holder(name: string): string {
  const half = toHalfWidthKana(name, 'holderName');
  if (half.length > HOLDER_NAME_MAX_LENGTH || half.trim() === '') {
    throw DomainError.invalid(
      PaymentsError.HolderNameInvalid,
      'holderName',
      'holderName must be 1–30 characters in half-width kana.',
    );
  }
  return half;
}
