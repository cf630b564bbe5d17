import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, parseInstant, clockNow } from '@tamago/core';
import { TransactionRunner, queryRows, saveScoped } from '@tamago/database';
import { TenantService } from '@tamago/tenants';
import {
  ReferralStatus,
  assertReferralTransition,
  assertReferralTransitionDetails,
  parseReferralStatus,
} from './domain';
import { OrganizationService } from './organization.service';
import { ConsentInput, NewReferral, ReferralListQuery, ReferralPatch, ReferralTransitionInput } from './partner-inputs';
import { assertTenantInBody } from './partner-rules';
import { Referral } from './referral.entity';
import { PartnersError } from './errors';

// The detail field that carries the date of each step.
const STEP_DATE: Record<ReferralStatus, string | null> = {
  proposed: null,
  sent: 'sentOn',
  accepted: 'acceptedOn',
  in_progress: 'startedOn',
  closed: 'closedOn',
  declined: 'declinedOn',
  cancelled: 'cancelledOn',
};

/** Referrals of companies to partner organisations and back, with consent and a status history. */
/** Referrals of one direction, status and outcome over a range (reports). */
export interface ReferralStatsRow {
  direction: string;
  status: string;
  outcome: string | null;
  count: number;
}

@Injectable()
export class ReferralService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tenants: TenantService,
    private readonly organizations: OrganizationService,
  ) {}

  /** Lists referrals, newest first, with filters. */
  list(facilityId: string, query: ReferralListQuery): Promise<{ items: Referral[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const where: Record<string, unknown> = { facilityId };
      if (query.tenantId) where.tenantId = query.tenantId;
      if (query.organizationId) where.organizationId = query.organizationId;
      if (query.status) where.status = parseReferralStatus(query.status);
      if (query.direction) where.direction = query.direction;
      const [items, total] = await em.findAndCount(Referral, {
        where,
        order: { createdAt: 'DESC', id: 'ASC' },
        skip: query.offset,
        take: query.limit,
      });
      return { items, total };
    });
  }

  /** One referral of the facility. */
  get(facilityId: string, id: string): Promise<Referral> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /** Every referral of one tenant (for the timeline), oldest first. */
  listForTenant(facilityId: string, tenantId: string): Promise<Referral[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(Referral, {
        where: { facilityId, tenantId },
        relations: { organization: true },
        order: { createdAt: 'ASC' },
      }),
    );
  }

  /** Records a referral as proposed. */
  create(facilityId: string, actorId: string, input: NewReferral): Promise<Referral> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        await assertTenantInBody(this.tenants, em, facilityId, input.tenantId);
        await this.organizations.assertKnown(em, facilityId, [input.organizationId], 'organizationId');
        const referral = em.create(Referral, {
          facilityId,
          tenantId: input.tenantId,
          organizationId: input.organizationId,
          direction: input.direction,
          need: input.need.trim(),
          status: 'proposed',
          ...consentColumns(input.consent),
          outcome: null,
          outcomeDetail: null,
          reason: null,
          staffNotes: input.staffNotes ?? null,
          history: [{ status: 'proposed', on: null, at: clockNow().toISOString(), actorId }],
        });
        return em.save(referral);
      },
      actorId,
    );
  }

  /** Changes the need, notes or the recorded consent. */
  update(facilityId: string, actorId: string, id: string, patch: ReferralPatch): Promise<Referral> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const referral = await this.load(em, facilityId, id, true);
        if (patch.need !== undefined) referral.need = patch.need.trim();
        if (patch.staffNotes !== undefined) referral.staffNotes = patch.staffNotes;
        if (patch.consent !== undefined) Object.assign(referral, consentColumns(patch.consent));
        return saveScoped(em, facilityId, referral);
      },
      actorId,
    );
  }

  /**
   * Moves a referral along the domain machine. An outbound referral is sent only with the
   * company's consent on record (409 otherwise): its details go to an outside institution.
   */
  transition(facilityId: string, actorId: string, id: string, step: ReferralTransitionInput): Promise<Referral> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const referral = await this.load(em, facilityId, id, true);
        const to = parseReferralStatus(step.to, 'to');
        assertReferralTransition(referral.status, to);
        const details = assertReferralTransitionDetails(to, step as unknown as Record<string, unknown>);
        if (to === 'sent' && referral.direction === 'outbound' && !referral.consentGivenAt)
          throw DomainError.conflict(
            PartnersError.ConsentMissing,
            'An outbound referral cannot be sent before the company consents; record consent first.',
            {},
            {
              missing: 'consent',
            },
          );
        if (to === 'closed') {
          referral.outcome = details.outcome as Referral['outcome'];
          referral.outcomeDetail = step.outcomeDetail?.trim() || null;
        }
        if (details.reason) referral.reason = details.reason;
        const dateField = STEP_DATE[to];
        referral.status = to;
        referral.history = [
          ...referral.history,
          { status: to, on: dateField ? details[dateField] : null, at: clockNow().toISOString(), actorId },
        ];
        return saveScoped(em, facilityId, referral);
      },
      actorId,
    );
  }

  /** Loads a referral inside an open transaction; `lock` serialises concurrent moves. */
  async load(em: EntityManager, facilityId: string, id: string, lock = false): Promise<Referral> {
    const referral = await em.findOne(Referral, {
      where: { facilityId, id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!referral) throw DomainError.notFound(PartnersError.ReferralNotFound, 'Referral', id);
    return referral;
  }

  /** Referrals made in [from, to] (by creation, facility dates) counted by status and outcome, in one query (reports). */
  statsBetween(facilityId: string, from: Date, to: Date): Promise<ReferralStatsRow[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await queryRows<{ direction: string; status: string; outcome: string | null; count: number }>(
        em,
        `SELECT direction, status, outcome, COUNT(*)::int AS count FROM referrals
          WHERE facility_id = $1 AND created_at >= $2 AND created_at < $3
          GROUP BY direction, status, outcome ORDER BY direction, status, outcome`,
        [facilityId, from, to],
      );
      return rows.map((r) => ({ ...r, count: Number(r.count) }));
    });
  }
}

function consentColumns(
  consent: ConsentInput | undefined,
): Pick<Referral, 'consentGivenBy' | 'consentGivenAt' | 'consentMethod'> {
  if (!consent) return { consentGivenBy: null, consentGivenAt: null, consentMethod: null };
  return {
    consentGivenBy: consent.givenBy.trim(),
    consentGivenAt: parseInstant(consent.givenAt, 'consent.givenAt'),
    consentMethod: consent.method,
  };
}
