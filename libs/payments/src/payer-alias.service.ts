import { Injectable } from '@nestjs/common';
import { DomainError, normalizeKanaForMatching } from '@tamago/core';
import { TransactionRunner, removeScoped } from '@tamago/database';
import { TenantLookup } from '@tamago/tenants';
import { TenantPayerAlias } from './entities/tenant-payer-alias.entity';
import { PaymentsError } from './errors';

/** Other names a tenant's bank transfers arrive under. */
@Injectable()
export class PayerAliasService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tenants: TenantLookup,
  ) {}

  /** The tenant's aliases; 404 for a tenant outside the facility. */
  list(facilityId: string, tenantId: string): Promise<TenantPayerAlias[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      await this.tenants.assertExists(em, facilityId, tenantId);
      return em.find(TenantPayerAlias, { where: { facilityId, tenantId }, order: { createdAt: 'ASC' } });
    });
  }

  /** Adds an alias; 409 when the tenant already has one that folds to the same key. */
  add(facilityId: string, actorId: string, tenantId: string, alias: string): Promise<TenantPayerAlias> {
    const matchKey = normalizeKanaForMatching(alias);
    if (!matchKey)
      throw DomainError.invalid(PaymentsError.AliasEmpty, 'alias', 'alias has no letters or kana to match on.');
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        await this.tenants.assertExists(em, facilityId, tenantId);
        if (await em.existsBy(TenantPayerAlias, { facilityId, tenantId, matchKey })) {
          throw DomainError.conflict(PaymentsError.AliasTaken, `The tenant already has an alias matching "${alias}".`, {
            alias,
          });
        }
        return em.save(em.create(TenantPayerAlias, { facilityId, tenantId, alias: alias.trim(), matchKey }));
      },
      actorId,
    );
  }

  /** Removes an alias; 404 when it is not the tenant's (or not the facility's). */
  remove(facilityId: string, actorId: string, tenantId: string, aliasId: string): Promise<void> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const alias = await em.findOneBy(TenantPayerAlias, { facilityId, tenantId, id: aliasId });
        if (!alias) throw DomainError.notFound(PaymentsError.AliasNotFound, 'Alias', aliasId);
        await removeScoped(em, facilityId, alias);
      },
      actorId,
    );
  }
}
