import { Inject, Injectable } from '@nestjs/common';
import { Brackets, EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import {
  entitiesOf,
  isPgError,
  PgErrorCode,
  queryRows,
  removeScoped,
  saveScoped,
  TransactionRunner,
} from '@tamago/database';
import { Actor, TENANT_ROLES, UserDirectoryService } from '@tamago/identity';
import {
  assertTenantTransition,
  assertTenantTransitionDetails,
  initialTenantStatus,
  parseTenantKind,
  parseTenantStatus,
} from './domain';
import {
  ContactInput,
  NewTenant,
  TENANT_OWNED_FIELDS,
  TenantListQuery,
  TenantPatch,
  TenantTransition,
} from './tenant-input';
import { TenantContact } from './tenant-contact.entity';
import { TENANT_EXIT_CHECK, TenantExitCheck } from './tenant-exit-check';
import { assertNoOpenLeases, isUuid } from './tenant-guards';
import { Tenant } from './tenant.entity';
import { checkIdentity, normalizeNameKana, optionalDate } from './tenant-rules';
import { TenantsError } from './errors';

const SORTS: Record<string, [string, 'ASC' | 'DESC']> = {
  name: ['t.name_kana', 'ASC'],
  '-name': ['t.name_kana', 'DESC'],
  createdAt: ['t.created_at', 'ASC'],
  '-createdAt': ['t.created_at', 'DESC'],
  status: ['t.status', 'ASC'],
  enteredOn: ['t.entered_on', 'ASC'],
  '-enteredOn': ['t.entered_on', 'DESC'],
};

/**
 * The tenant a caller is confined to: a tenant user sees only their own tenant (others look
 * like they do not exist); staff see every tenant of their facility (null).
 */
export function ownTenantOf(actor: Actor): string | null {
  if (actor.roles.some((r) => TENANT_ROLES.includes(r)))
    return actor.tenantId ?? '00000000-0000-0000-0000-000000000000';
  return null;
}

/** What a tenant's own users may see of its record: everything but the staff-only screening record. */
export function tenantView(tenant: Tenant): Tenant {
  tenant.screening = null;
  return tenant;
}

/**
 * The tenants of the `page` CTE in its order, each whole (`t.*`) with its contacts as JSON rows (column
 * names as keys, in their order) and the count of every match.
 */
const PAGE_ROWS = `
  SELECT p.total, t.*,
         (SELECT coalesce(json_agg(c ORDER BY c.position, c.id), '[]') FROM tenant_contacts c WHERE c.tenant_id = t.id)
           AS contacts
    FROM page p JOIN tenants t ON t.id = p.id
   ORDER BY p.place`;

@Injectable()
export class TenantService {
  constructor(
    private readonly tx: TransactionRunner,
    @Inject(TENANT_EXIT_CHECK) private readonly exitCheck: TenantExitCheck,
    private readonly users: UserDirectoryService,
  ) {}

  /** Lists tenants with search (name or kana), filters, sort and paging. */
  async list(facilityId: string, query: TenantListQuery): Promise<{ items: Tenant[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em.createQueryBuilder(Tenant, 't').where('t.facility_id = :facilityId', { facilityId });
      if (query.q) {
        const like = `%${escapeLike(query.q)}%`;
        const kana = `%${escapeLike(foldKana(query.q))}%`;
        qb.andWhere(
          new Brackets((w) =>
            w
              .where('t.name ILIKE :like', { like })
              .orWhere('t.name_kana LIKE :kana', { kana })
              .orWhere('t.trade_name ILIKE :like'),
          ),
        );
      }
      if (query.status) qb.andWhere('t.status = :status', { status: query.status });
      if (query.kind) qb.andWhere('t.kind = :kind', { kind: query.kind });
      if (query.tag) qb.andWhere(':tag = ANY(t.tags)', { tag: query.tag });
      if (query.managerId)
        qb.andWhere('t.manager_id = :managerId', {
          managerId: query.managerId,
        });
      qb.andWhere(query.archived ? 't.archived_at IS NOT NULL' : 't.archived_at IS NULL');
      const [column, direction] = SORTS[query.sort ?? 'name'] ?? SORTS.name;
      const counting = qb.clone();
      // The page's ids, their places and the count of every match (the windows run before LIMIT)...
      const [pageSql, params] = qb
        .select('t.id', 'id')
        .addSelect('COUNT(*) OVER ()::int', 'total')
        .addSelect(`row_number() OVER (ORDER BY ${column} ${direction} NULLS LAST, t.id ASC)`, 'place')
        .orderBy(column, direction, 'NULLS LAST')
        .addOrderBy('t.id', 'ASC')
        .offset(query.offset)
        .limit(query.limit)
        .getQueryAndParameters();
      // ...and, in the same statement, those tenants with their contacts, read as plain rows: a list page
      // is read on every visit, and TypeORM's relation join and hydration of 50 tenants cost more than
      // the SQL (the platform benchmark's GET /tenants).
      const rows = await queryRows<{ total: number; contacts: Record<string, unknown>[] }>(
        em,
        `WITH page AS (${pageSql}) ${PAGE_ROWS}`,
        params,
      );
      if (rows.length === 0) return { items: [], total: query.offset > 0 ? await counting.getCount() : 0 };
      const items = entitiesOf(em, Tenant, rows);
      items.forEach((t, i) => (t.contacts = entitiesOf(em, TenantContact, rows[i].contacts)));
      await this.withManagerNames(em, facilityId, items);
      return { items, total: Number(rows[0].total) };
    });
  }

  /**
   * One tenant; `ownTenantId` (from ownTenantOf) confines tenant users to their own, and they get the
   * tenant's view only: the screening committee's record (reviewer, score, comment) is staff-only.
   */
  async get(facilityId: string, id: string, ownTenantId: string | null = null): Promise<Tenant> {
    const tenant = await this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id, ownTenantId));
    return ownTenantId === null ? tenant : tenantView(tenant);
  }

  /** Creates a tenant; status defaults to the kind's entry status (applicant, or active for support clients). */
  async create(facilityId: string, actorId: string, input: NewTenant): Promise<Tenant> {
    const id = await this.write(facilityId, actorId, (em) => this.createWithin(em, facilityId, input));
    return this.get(facilityId, id);
  }

  /**
   * Validates and inserts a tenant with its contacts inside an open facility transaction, so an
   * import can write many tenants all or nothing. Returns the new id.
   */
  async createWithin(em: EntityManager, facilityId: string, input: NewTenant): Promise<string> {
    const kind = parseTenantKind(input.kind);
    const status = input.status ? parseTenantStatus(input.status) : initialTenantStatus(kind);
    const nameKana = normalizeNameKana(input.nameKana);
    const corporateNumber = checkIdentity(kind, status, input);
    const foundedOn = optionalDate(input.foundedOn, 'foundedOn') ?? null;
    const enteredOn = optionalDate(input.enteredOn, 'enteredOn') ?? null;
    await this.assertManager(em, facilityId, input.managerId);
    await this.assertNumberFree(em, facilityId, corporateNumber, null);
    const tenant = em.create(Tenant, {
      facilityId,
      kind,
      status,
      name: input.name.trim(),
      nameKana,
      tradeName: input.tradeName ?? null,
      corporateNumber,
      representative: input.representative ?? null,
      address: input.address ?? null,
      industry: input.industry ?? null,
      foundedOn,
      employees: input.employees ?? null,
      website: input.website ?? null,
      tags: dedupe(input.tags ?? []),
      managerId: input.managerId ?? null,
      enteredOn: status === 'active' ? (enteredOn ?? null) : null,
      screening: null,
      archivedAt: null,
    });
    await em.save(tenant);
    await this.replaceContacts(em, facilityId, tenant.id, input.contacts ?? []);
    return tenant.id;
  }

  /** Changes a tenant. Tenant users may change only the fields a tenant owns (TENANT_OWNED_FIELDS). */
  async update(facilityId: string, actor: Actor, id: string, patch: TenantPatch): Promise<Tenant> {
    const own = ownTenantOf(actor);
    if (own !== null) {
      const given = Object.keys(patch).filter((k) => patch[k as keyof TenantPatch] !== undefined);
      const refused = given.filter((k) => !(TENANT_OWNED_FIELDS as readonly string[]).includes(k));
      if (refused.length > 0) {
        throw new DomainError(
          ErrorCode.Forbidden,
          TenantsError.FieldsStaffOnly,
          `Tenant users cannot change ${refused.join(', ')}; ask the facility.`,
          {
            params: { fields: refused.join(', ') },
            errors: refused.map((field) => ({
              field,
              message: 'managed by the facility',
            })),
          },
        );
      }
    }
    await this.write(facilityId, actor.userId, async (em) => {
      const tenant = await this.load(em, facilityId, id, own);
      const kind = patch.kind !== undefined ? parseTenantKind(patch.kind) : tenant.kind;
      const merged = {
        corporateNumber: patch.corporateNumber !== undefined ? patch.corporateNumber : tenant.corporateNumber,
        tradeName: patch.tradeName !== undefined ? patch.tradeName : tenant.tradeName,
      };
      const corporateNumber = checkIdentity(kind, tenant.status, merged);
      if (patch.nameKana !== undefined) tenant.nameKana = normalizeNameKana(patch.nameKana);
      if (patch.foundedOn !== undefined) tenant.foundedOn = optionalDate(patch.foundedOn, 'foundedOn') ?? null;
      if (patch.managerId !== undefined) await this.assertManager(em, facilityId, patch.managerId);
      await this.assertNumberFree(em, facilityId, corporateNumber, tenant.id);
      Object.assign(
        tenant,
        pick(patch, ['name', 'representative', 'address', 'industry', 'employees', 'website', 'managerId']),
      );
      if (patch.tags !== undefined) tenant.tags = dedupe(patch.tags);
      tenant.kind = kind;
      tenant.corporateNumber = corporateNumber;
      tenant.tradeName = merged.tradeName ?? null;
      delete tenant.contacts;
      await saveScoped(em, facilityId, tenant);
      if (patch.contacts !== undefined) await this.replaceContacts(em, facilityId, tenant.id, patch.contacts);
    });
    return this.get(facilityId, id, own);
  }

  /**
   * Moves a tenant through its lifecycle, recording what the target status requires. A tenant
   * leaves (graduated, withdrawn) only once none of its leases is draft or active (409 naming them).
   */
  async transition(facilityId: string, actorId: string, id: string, step: TenantTransition): Promise<Tenant> {
    await this.write(facilityId, actorId, async (em) => {
      // Row lock: a lease written concurrently (leasing locks the tenant FOR SHARE) cannot slip past the check.
      await em.query('SELECT 1 FROM tenants WHERE facility_id = $1 AND id = $2 FOR UPDATE', [facilityId, id]);
      const tenant = await this.load(em, facilityId, id, null);
      const to = parseTenantStatus(step.to, 'to');
      assertTenantTransition(tenant.status, to);
      const d = assertTenantTransitionDetails(to, step);
      if (to === 'graduated' || to === 'withdrawn') {
        assertNoOpenLeases(tenant, to, await this.exitCheck.openLeasesOf(em, facilityId, tenant.id));
      }
      if (to === 'approved' || to === 'rejected')
        tenant.screening = {
          reviews: d.reviews!,
          decision: to,
          decidedOn: d.decidedOn!,
        };
      if (to === 'active') {
        checkIdentity(tenant.kind, to, tenant);
        tenant.enteredOn = d.enteredOn!;
      }
      if (to === 'graduated') {
        tenant.graduatedOn = d.graduatedOn!;
        tenant.graduationReason = d.reason!;
        tenant.graduationDestination = d.destination!;
      }
      if (to === 'withdrawn') {
        tenant.withdrawnOn = d.withdrawnOn!;
        tenant.withdrawalReason = d.reason!;
      }
      tenant.status = to;
      delete tenant.contacts;
      await saveScoped(em, facilityId, tenant);
    });
    return this.get(facilityId, id);
  }

  /** Archives a tenant: hidden from lists, kept with its history (the alternative to deleting). */
  async archive(facilityId: string, actorId: string, id: string): Promise<Tenant> {
    await this.write(facilityId, actorId, async (em) => {
      const tenant = await this.load(em, facilityId, id, null);
      if (!tenant.archivedAt) {
        tenant.archivedAt = new Date();
        delete tenant.contacts;
        await saveScoped(em, facilityId, tenant);
      }
    });
    return this.get(facilityId, id);
  }

  /** Deletes a tenant that has nothing attached; one with leases (or later invoices) is refused with 409. */
  async remove(facilityId: string, actorId: string, id: string): Promise<void> {
    try {
      await this.tx.inFacility(
        facilityId,
        async (em) => {
          const tenant = await this.load(em, facilityId, id, null);
          const contacts = tenant.contacts ?? [];
          await removeScoped(em, facilityId, contacts);
          delete tenant.contacts;
          await removeScoped(em, facilityId, tenant);
        },
        actorId,
      );
    } catch (e) {
      // Leases (and later invoices) reference tenants with ON DELETE RESTRICT.
      if (isPgError(e, PgErrorCode.ForeignKeyViolation)) {
        throw DomainError.conflict(
          TenantsError.TenantInUse,
          'This tenant has leases or other records and cannot be deleted; archive it instead.',
          {},
          {
            archive: `/api/v1/tenants/${id}/archive`,
          },
        );
      }
      throw e;
    }
  }

  /** Names of the given tenants of the facility, in one query; unknown ids are absent. */
  namesOf(facilityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)].filter(isUuid);
    if (unique.length === 0) return Promise.resolve(new Map());
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await em
        .createQueryBuilder(Tenant, 't')
        .select(['t.id', 't.name'])
        .where('t.facility_id = :facilityId AND t.id IN (:...ids)', { facilityId, ids: unique })
        .getMany();
      return new Map(rows.map((t) => [t.id, t.name]));
    });
  }

  /** Loads a tenant of the facility inside an open transaction (for other contexts, e.g. leasing). */
  async load(em: EntityManager, facilityId: string, id: string, ownTenantId: string | null = null): Promise<Tenant> {
    if (ownTenantId !== null && ownTenantId !== id)
      throw DomainError.notFound(TenantsError.TenantNotFound, 'Tenant', id);
    const tenant = await em.findOne(Tenant, {
      where: { facilityId, id },
      relations: { contacts: true },
      order: { contacts: { position: 'ASC' } },
    });
    if (!tenant) throw DomainError.notFound(TenantsError.TenantNotFound, 'Tenant', id);
    await this.withManagerNames(em, facilityId, [tenant]);
    return tenant;
  }

  private async write<T>(facilityId: string, actorId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.tx.inFacility(facilityId, work, actorId);
    } catch (e) {
      if (isPgError(e, PgErrorCode.UniqueViolation)) {
        throw new DomainError(
          ErrorCode.Conflict,
          TenantsError.CorporateNumberTaken,
          'Another tenant of this facility already has this corporate number.',
          {
            errors: [{ field: 'corporateNumber', message: 'already registered' }],
          },
        );
      }
      throw e;
    }
  }

  private async assertNumberFree(
    em: EntityManager,
    facilityId: string,
    corporateNumber: string | null,
    selfId: string | null,
  ): Promise<void> {
    if (!corporateNumber) return;
    const other = await em.findOneBy(Tenant, { facilityId, corporateNumber });
    if (other && other.id !== selfId) {
      throw new DomainError(
        ErrorCode.Conflict,
        TenantsError.CorporateNumberTakenBy,
        `Corporate number ${corporateNumber} is already registered to ${other.name}.`,
        {
          params: { corporateNumber, otherName: other.name },
          errors: [{ field: 'corporateNumber', message: 'already registered' }],
          extra: { tenantId: other.id },
        },
      );
    }
  }

  /** Sets each tenant's `managerName` from identity, in one query. */
  private async withManagerNames(em: EntityManager, facilityId: string, tenants: Tenant[]): Promise<void> {
    const ids = tenants.flatMap((t) => (t.managerId ? [t.managerId] : []));
    const names = await this.users.namesOf(em, facilityId, ids);
    for (const t of tenants) t.managerName = t.managerId ? (names.get(t.managerId) ?? null) : null;
  }

  private async assertManager(
    em: EntityManager,
    facilityId: string,
    managerId: string | null | undefined,
  ): Promise<void> {
    if (!managerId) return;
    await this.users.assertActiveStaff(em, facilityId, managerId, 'managerId');
  }

  private async replaceContacts(
    em: EntityManager,
    facilityId: string,
    tenantId: string,
    contacts: ContactInput[],
  ): Promise<void> {
    const existing = await em.findBy(TenantContact, { facilityId, tenantId });
    await removeScoped(em, facilityId, existing);
    const rows = contacts.map((c, position) =>
      em.create(TenantContact, {
        facilityId,
        tenantId,
        position,
        role: c.role,
        name: c.name.trim(),
        nameKana: c.nameKana ? normalizeNameKana(c.nameKana, `contacts[${position}].nameKana`) : null,
        email: c.email ?? null,
        phone: c.phone ?? null,
      }),
    );
    if (rows.length > 0) await em.save(rows);
  }
}

/** Search by kana accepts hiragana and half-width input. */
function foldKana(q: string): string {
  try {
    return normalizeNameKana(q);
  } catch {
    return q;
  }
}

function dedupe(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
}

function pick<T extends object, K extends keyof T>(source: T, keys: K[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (source[k] !== undefined) out[k] = source[k];
  return out;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}
