import { Injectable } from '@nestjs/common';
import { EntityManager, In, Not } from 'typeorm';
import { DomainError, ErrorCode, addDays, parseIsoDate } from '@tamago/core';
import { isPgError, PgErrorCode, queryRows, saveAllScoped, saveScoped, TransactionRunner } from '@tamago/database';
import { facilityToday } from '@tamago/facilities';
import { SpaceService } from '@tamago/spaces';
import { TenantLookup, canHoldLease, type TenantSummary } from '@tamago/tenants';
import {
  DEFAULT_MAX_TENURE_MONTHS,
  assertLeaseCanEnd,
  assertLeasePeriod,
  assertLeaseTransition,
  assertLeaseTransitionDetails,
  checkTenure,
  parseLeaseStatus,
  parseRentSchedule,
  requiresRescreening,
  type LeasePeriod,
} from './domain';
import { LeasePatch, LeaseRenewal, LeaseTransition, NewLease } from './lease-input';
import { LeaseSpace } from './lease-space.entity';
import { Lease } from './lease.entity';
import { LeasingSettings } from './leasing-settings.entity';
import { withSpaceCodes } from './space-codes';
import { LeasingError } from './errors';

// Tenants in these statuses may sign: approved (entering) and active (moving or adding rooms).
const LEASABLE_TENANT = ['approved', 'active'];

/** Fixed-term leases: creation with exclusive spaces, lifecycle, renewal under the tenure cap. */
@Injectable()
export class LeaseService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly spaces: SpaceService,
    private readonly tenants: TenantLookup,
  ) {}

  /** One lease of the facility. */
  get(facilityId: string, id: string): Promise<Lease> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /**
   * Creates a lease as a draft. The draft already holds its spaces for its dates: PostgreSQL
   * refuses an overlapping holder (lease_spaces_no_overlap) and the loser gets 409 naming the
   * lease that holds the space.
   */
  async create(facilityId: string, actorId: string, input: NewLease): Promise<Lease> {
    const period = assertLeasePeriod({
      startDate: input.startDate,
      endDate: input.endDate,
    });
    const spaceIds = input.spaceIds ?? (input.spaceId ? [input.spaceId] : []);
    const id = await this.guardOverlap(facilityId, spaceIds, period, () =>
      this.tx.inFacility(facilityId, (em) => this.createWithin(em, facilityId, input), actorId),
    );
    return this.get(facilityId, id);
  }

  /**
   * create() inside an open facility transaction, so a bulk load (the demo's history) writes many
   * leases in one; the same checks, and an overlap is the exclusion constraint's error. Returns the id.
   */
  async createWithin(em: EntityManager, facilityId: string, input: NewLease): Promise<string> {
    const period = assertLeasePeriod({
      startDate: input.startDate,
      endDate: input.endDate,
    });
    const spaceIds = input.spaceIds ?? (input.spaceId ? [input.spaceId] : []);
    if (spaceIds.length === 0)
      throw DomainError.invalid(
        LeasingError.SpaceRequired,
        'spaceIds',
        'A lease needs at least one space (spaceId or spaceIds).',
      );
    const rentSchedule = input.rentSchedule ? parseRentSchedule(input.rentSchedule) : null;
    const tenant = await this.leasableTenant(em, facilityId, input.tenantId);
    await this.checkSpaces(em, facilityId, spaceIds);
    await this.checkTenure(em, facilityId, tenant.id, period, null);
    return this.insert(
      em,
      facilityId,
      {
        ...input,
        ...period,
        rentSchedule,
        renewalOfId: null,
        rescreening: null,
      },
      spaceIds,
    );
  }

  /** Changes money terms of a draft, or move dates and deposit settlement of any lease. */
  async update(facilityId: string, actorId: string, id: string, patch: LeasePatch): Promise<Lease> {
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const lease = await this.load(em, facilityId, id);
        const terms = (['monthlyRent', 'commonAreaFee', 'deposit', 'noticePeriodDays', 'rentSchedule'] as const).filter(
          (k) => patch[k] !== undefined,
        );
        if (terms.length > 0 && lease.status !== 'draft') {
          throw DomainError.conflict(
            LeasingError.TermsFrozen,
            `Only a draft's terms can change (${terms.join(', ')}); this lease is ${lease.status}. Renew or terminate it instead.`,
            { terms: terms.join(', '), leaseStatus: lease.status },
          );
        }
        if (patch.rentSchedule) lease.rentSchedule = parseRentSchedule(patch.rentSchedule);
        else if (patch.rentSchedule === null) lease.rentSchedule = null;
        for (const k of ['monthlyRent', 'commonAreaFee', 'deposit', 'noticePeriodDays'] as const)
          if (patch[k] !== undefined) lease[k] = patch[k]!;
        if (patch.movedInOn !== undefined)
          lease.movedInOn = patch.movedInOn === null ? null : parseIsoDate(patch.movedInOn, 'movedInOn');
        if (patch.movedOutOn !== undefined)
          lease.movedOutOn = patch.movedOutOn === null ? null : parseIsoDate(patch.movedOutOn, 'movedOutOn');
        if (patch.depositSettlement !== undefined)
          lease.depositSettlement = this.settlement(lease, patch.depositSettlement);
        delete lease.spaces;
        await saveScoped(em, facilityId, lease);
      },
      actorId,
    );
    return this.get(facilityId, id);
  }

  /** Moves a lease through draft → active → ended | terminated (or draft → cancelled). */
  async transition(facilityId: string, actorId: string, id: string, step: LeaseTransition): Promise<Lease> {
    await this.tx.inFacility(facilityId, (em) => this.transitionWithin(em, facilityId, id, step), actorId);
    return this.get(facilityId, id);
  }

  /** transition() inside an open facility transaction (bulk loads). */
  async transitionWithin(em: EntityManager, facilityId: string, id: string, step: LeaseTransition): Promise<void> {
    const lease = await this.load(em, facilityId, id);
    const to = parseLeaseStatus(step.to, 'to');
    assertLeaseTransition(lease.status, to);
    const details = assertLeaseTransitionDetails(to, step, lease);
    const holds = lease.spaces ?? [];
    if (to === 'active') lease.signedOn = details.signedOn!;
    if (to === 'ended') assertLeaseCanEnd(lease, await this.today(em, facilityId));
    if (to === 'terminated') {
      lease.terminatedOn = details.terminatedOn!;
      lease.terminationReason = details.reason!;
      // The space is free again from the day after the termination.
      holds.forEach((h) => (h.endDate = details.terminatedOn!));
    }
    if (to === 'cancelled') {
      lease.cancellationReason = details.reason!;
      holds.forEach((h) => (h.holds = false));
    }
    lease.status = to;
    delete lease.spaces;
    await saveScoped(em, facilityId, lease);
    if (to === 'terminated' || to === 'cancelled') await saveAllScoped(em, facilityId, holds);
  }

  /**
   * Renews an active or ended lease for the same spaces after a re-screening. The renewal is a
   * new draft linked by renewalOf; the tenure cap counts the whole chain (409 with the latest end).
   */
  async renew(facilityId: string, actorId: string, id: string, input: LeaseRenewal): Promise<Lease> {
    requiresRescreening(true);
    if (!input.rescreening)
      throw DomainError.invalid(
        LeasingError.RenewalNeedsScreening,
        'rescreening',
        'A renewal needs the re-screening record (decidedOn, note).',
      );
    const rescreening = {
      ...input.rescreening,
      decidedOn: parseIsoDate(input.rescreening.decidedOn, 'rescreening.decidedOn'),
    };
    const previous = await this.get(facilityId, id);
    if (!['active', 'ended'].includes(previous.status)) {
      throw DomainError.conflict(
        LeasingError.CannotRenew,
        `Only an active or ended lease can be renewed; this one is ${previous.status}.`,
        { previousStatus: previous.status },
      );
    }
    const period = assertLeasePeriod({
      startDate: input.startDate ?? addDays(previous.endDate, 1),
      endDate: input.endDate,
    });
    if (period.startDate <= previous.endDate)
      throw DomainError.invalid(
        LeasingError.RenewalStartsTooEarly,
        'startDate',
        `A renewal starts after the current term ends (${previous.endDate}).`,
        { endDate: previous.endDate },
      );
    const spaceIds = (previous.spaces ?? []).map((s) => s.spaceId);
    const newId = await this.guardOverlap(facilityId, spaceIds, period, () =>
      this.tx.inFacility(
        facilityId,
        async (em) => {
          const existing = await em.findOneBy(Lease, {
            facilityId,
            renewalOfId: id,
            status: Not('cancelled'),
          });
          if (existing)
            throw DomainError.conflict(
              LeasingError.AlreadyRenewed,
              'This lease already has a renewal.',
              {},
              {
                leaseId: existing.id,
              },
            );
          const tenant = await this.leasableTenant(em, facilityId, previous.tenantId);
          await this.checkTenure(em, facilityId, tenant.id, period, null);
          return this.insert(
            em,
            facilityId,
            {
              tenantId: tenant.id,
              ...period,
              monthlyRent: input.monthlyRent ?? previous.monthlyRent,
              commonAreaFee: input.commonAreaFee ?? previous.commonAreaFee,
              deposit: input.deposit ?? previous.deposit,
              noticePeriodDays: previous.noticePeriodDays,
              rentSchedule: null,
              renewalOfId: id,
              rescreening,
            },
            spaceIds,
          );
        },
        actorId,
      ),
    );
    return this.get(facilityId, newId);
  }

  /** The facility's maximum tenure in months (default 60). */
  async maxTenureMonths(em: EntityManager, facilityId: string): Promise<number> {
    const settings = await em.findOneBy(LeasingSettings, { facilityId });
    return settings?.maxTenureMonths ?? DEFAULT_MAX_TENURE_MONTHS;
  }

  /** Reads the facility's leasing settings. */
  getSettings(facilityId: string): Promise<{ maxTenureMonths: number }> {
    return this.tx.inFacility(facilityId, async (em) => ({
      maxTenureMonths: await this.maxTenureMonths(em, facilityId),
    }));
  }

  /** Changes the facility's leasing settings. */
  saveSettings(
    facilityId: string,
    actorId: string,
    input: { maxTenureMonths: number },
  ): Promise<{ maxTenureMonths: number }> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const row = (await em.findOneBy(LeasingSettings, { facilityId })) ?? em.create(LeasingSettings, { facilityId });
        row.maxTenureMonths = input.maxTenureMonths;
        await em.save(LeasingSettings, row); // keyed by facility_id: the write names the facility by its key
        return { maxTenureMonths: row.maxTenureMonths };
      },
      actorId,
    );
  }

  /** Today in the facility's time zone. */
  today(em: EntityManager, facilityId: string): Promise<string> {
    return facilityToday(em, facilityId);
  }

  private async load(em: EntityManager, facilityId: string, id: string): Promise<Lease> {
    const lease = await em.findOne(Lease, {
      where: { facilityId, id },
      relations: { spaces: true },
    });
    if (!lease) throw DomainError.notFound(LeasingError.LeaseNotFound, 'Lease', id);
    return (await withSpaceCodes(this.spaces, em, facilityId, [lease]))[0];
  }

  private async leasableTenant(em: EntityManager, facilityId: string, tenantId: string): Promise<TenantSummary> {
    // FOR SHARE: the tenant cannot graduate or withdraw (FOR UPDATE in tenants) until this lease is written.
    const tenant = await this.tenants.lockForLease(em, facilityId, tenantId);
    if (!tenant)
      throw DomainError.invalid(
        LeasingError.TenantNotInFacility,
        'tenantId',
        `No tenant of this facility has id ${tenantId}.`,
        { tenantId },
      );
    if (!canHoldLease(tenant.kind))
      throw DomainError.conflict(LeasingError.SupportClientRentsNoSpace, 'A support client does not rent a space.');
    if (!LEASABLE_TENANT.includes(tenant.status)) {
      throw DomainError.conflict(
        LeasingError.TenantNotApproved,
        `Tenant ${tenant.name} is ${tenant.status}; a lease needs an approved or active tenant.`,
        { tenantName: tenant.name, tenantStatus: tenant.status },
      );
    }
    return tenant;
  }

  private async checkSpaces(em: EntityManager, facilityId: string, spaceIds: string[]): Promise<void> {
    const spaces = await this.spaces.loadMany(em, facilityId, spaceIds, 'spaceIds');
    const closed = spaces.filter((s) => s.status === 'out_of_service');
    if (closed.length > 0)
      throw DomainError.conflict(
        LeasingError.SpaceOutOfService,
        `Space ${closed.map((s) => s.code).join(', ')} is out of service.`,
        { spaces: closed.map((s) => s.code).join(', ') },
      );
  }

  /** Applies the facility's maximum tenure to the tenant's leases (signed and drafts, as they actually run) plus the proposal. */
  private async checkTenure(
    em: EntityManager,
    facilityId: string,
    tenantId: string,
    period: LeasePeriod,
    exceptId: string | null,
  ): Promise<void> {
    // Serialises tenure checks of one tenant so two drafts cannot each pass alone.
    await this.tenants.lockForUpdate(em, facilityId, tenantId);
    const leases = await em.findBy(Lease, {
      facilityId,
      tenantId,
      status: In(['draft', 'active', 'ended', 'terminated']),
    });
    const chain = leases
      .filter((l) => l.id !== exceptId)
      .map((l) => ({
        startDate: l.startDate,
        endDate: l.terminatedOn ?? l.endDate,
      }));
    checkTenure(chain, period, await this.maxTenureMonths(em, facilityId));
  }

  private async insert(
    em: EntityManager,
    facilityId: string,
    values: Omit<NewLease, 'spaceId' | 'spaceIds'> & Pick<Lease, 'renewalOfId' | 'rescreening'>,
    spaceIds: string[],
  ): Promise<string> {
    const lease = em.create(Lease, {
      facilityId,
      tenantId: values.tenantId,
      startDate: values.startDate,
      endDate: values.endDate,
      monthlyRent: values.monthlyRent,
      commonAreaFee: values.commonAreaFee ?? 0,
      deposit: values.deposit ?? 0,
      noticePeriodDays: values.noticePeriodDays ?? 90,
      rentSchedule: values.rentSchedule ?? null,
      status: 'draft',
      renewalOfId: values.renewalOfId,
      rescreening: values.rescreening,
    });
    await em.save(lease);
    const rows = [...new Set(spaceIds)].map((spaceId) =>
      em.create(LeaseSpace, {
        facilityId,
        leaseId: lease.id,
        spaceId,
        startDate: values.startDate,
        endDate: values.endDate,
        holds: true,
      }),
    );
    await em.save(rows);
    return lease.id;
  }

  /** Turns an exclusion violation into 409 naming the lease that holds the space (looked up after the failed transaction). */
  private async guardOverlap<T>(
    facilityId: string,
    spaceIds: string[],
    period: LeasePeriod,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (!isPgError(e, PgErrorCode.ExclusionViolation)) throw e;
      const [hit] = await this.tx.inFacility(facilityId, (em) =>
        queryRows<{
          lease_id: string;
          space_id: string;
          start_date: string;
          end_date: string;
        }>(
          em,
          `SELECT lease_id, space_id, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
             FROM lease_spaces
            WHERE facility_id = $1 AND holds AND space_id = ANY($2::uuid[])
              AND daterange(start_date, end_date, '[]') && daterange($3::date, $4::date, '[]')
            ORDER BY start_date LIMIT 1`,
          [facilityId, spaceIds, period.startDate, period.endDate],
        ),
      );
      const which = hit ? `lease ${hit.lease_id} (${hit.start_date} to ${hit.end_date})` : 'another lease';
      const message = `The space is already let for overlapping dates by ${which}.`;
      const reason = hit ? LeasingError.SpaceLetToLease : LeasingError.SpaceLetToAnotherLease;
      const params = hit ? { leaseId: hit.lease_id, startDate: hit.start_date, endDate: hit.end_date } : {};
      throw new DomainError(ErrorCode.Conflict, reason, message, {
        params,
        errors: [{ field: 'spaceIds', code: 'overlap', message, reason, reasonParams: params }],
        extra: { conflictingLeaseId: hit?.lease_id ?? null, spaceId: hit?.space_id ?? null },
      });
    }
  }

  private settlement(lease: Lease, value: LeasePatch['depositSettlement']): Lease['depositSettlement'] {
    if (value === null || value === undefined) return null;
    const settledOn = parseIsoDate(value.settledOn, 'depositSettlement.settledOn');
    if (value.deductions + value.returned !== lease.deposit) {
      throw DomainError.invalid(
        LeasingError.DepositMismatch,
        'depositSettlement',
        `deductions + returned must equal the deposit held (¥${lease.deposit}).`,
        { deposit: lease.deposit },
      );
    }
    return { ...value, settledOn };
  }
}
