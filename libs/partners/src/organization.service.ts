import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, saveScoped, removeScoped } from '@tamago/database';
import { OrganizationContact, PartnerOrganization } from './partner-organization.entity';
import { OrganizationInput, OrganizationListQuery } from './partner-inputs';
import { escapeLike } from './partner-rules';
import { PartnersError } from './errors';

/** Partner organisations (支援機関) of a facility, with their contacts. */
@Injectable()
export class OrganizationService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Lists organisations by name (search) and kind. */
  list(facilityId: string, query: OrganizationListQuery): Promise<{ items: PartnerOrganization[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(PartnerOrganization, 'o').where('o.facility_id = :facilityId', { facilityId });
      if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
      if (query.q) {
        const like = `%${escapeLike(query.q)}%`;
        qb.andWhere(new Brackets((w) => w.where('o.name ILIKE :like', { like }).orWhere('o.notes ILIKE :like')));
      }
      qb.orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').skip(query.offset).take(query.limit);
      const [items, total] = await qb.getManyAndCount();
      return { items, total };
    });
  }

  /** One organisation of the facility. */
  get(facilityId: string, id: string): Promise<PartnerOrganization> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /** Creates an organisation; names are unique per facility. */
  create(facilityId: string, actorId: string, input: OrganizationInput): Promise<PartnerOrganization> {
    return this.write(facilityId, actorId, async (em) => {
      const org = em.create(PartnerOrganization, {
        facilityId,
        kind: input.kind,
        name: input.name.trim(),
        contacts: normalizeContacts(input.contacts ?? []),
        notes: input.notes ?? null,
      });
      return em.save(org);
    });
  }

  /** Changes an organisation; contacts, when given, replace the list. */
  update(
    facilityId: string,
    actorId: string,
    id: string,
    patch: Partial<OrganizationInput>,
  ): Promise<PartnerOrganization> {
    return this.write(facilityId, actorId, async (em) => {
      const org = await this.load(em, facilityId, id);
      if (patch.kind !== undefined) org.kind = patch.kind;
      if (patch.name !== undefined) org.name = patch.name.trim();
      if (patch.contacts !== undefined) org.contacts = normalizeContacts(patch.contacts);
      if (patch.notes !== undefined) org.notes = patch.notes;
      return saveScoped(em, facilityId, org);
    });
  }

  /** Deletes an organisation nothing refers to; one with referrals, plans or advisors is refused (409). */
  async remove(facilityId: string, actorId: string, id: string): Promise<void> {
    try {
      await this.tx.inFacility(
        facilityId,
        async (em) => removeScoped(em, facilityId, await this.load(em, facilityId, id)),
        actorId,
      );
    } catch (e) {
      if (isPgError(e, PgErrorCode.ForeignKeyViolation))
        throw DomainError.conflict(
          PartnersError.OrganizationInUse,
          'This organisation has referrals, plans, events or advisors and cannot be deleted.',
        );
      throw e;
    }
  }

  /** Loads an organisation inside an open transaction; NotFound when it is not the facility's. */
  async load(em: EntityManager, facilityId: string, id: string): Promise<PartnerOrganization> {
    const org = await em.findOneBy(PartnerOrganization, { facilityId, id });
    if (!org) throw DomainError.notFound(PartnersError.OrganizationNotFound, 'Organization', id);
    return org;
  }

  /** Checks that body ids name organisations of the facility; 400 naming `field` otherwise. */
  async assertKnown(em: EntityManager, facilityId: string, ids: string[], field: string): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await em.countBy(
      PartnerOrganization,
      unique.map((id) => ({ facilityId, id })),
    );
    if (found !== unique.length)
      throw DomainError.invalid(
        PartnersError.NotPartnerOrganizations,
        field,
        `${field} must name partner organisations of this facility.`,
        { field },
      );
  }

  private async write<T>(facilityId: string, actorId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.tx.inFacility(facilityId, work, actorId);
    } catch (e) {
      if (isPgError(e, PgErrorCode.UniqueViolation))
        throw new DomainError(
          ErrorCode.Conflict,
          PartnersError.OrganizationNameTaken,
          'Another organisation of this facility has this name.',
          {
            errors: [{ field: 'name', message: 'already registered' }],
          },
        );
      throw e;
    }
  }
}

function normalizeContacts(contacts: Partial<OrganizationContact>[]): OrganizationContact[] {
  return contacts.map((c) => ({
    name: (c.name ?? '').trim(),
    role: c.role ?? null,
    email: c.email ?? null,
    phone: c.phone ?? null,
  }));
}
