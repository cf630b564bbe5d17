import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ReferralOutcome, ReferralStatus } from './domain';
import { Audited } from '@tamago/audit';
import { PartnerOrganization } from './partner-organization.entity';

/** outbound: the facility hands the company to a partner; inbound: a partner sends a firm to the facility. */
export type ReferralDirection = 'outbound' | 'inbound';
export const REFERRAL_DIRECTIONS: readonly ReferralDirection[] = ['outbound', 'inbound'];

/** How the company agreed to its data being passed on. */
export type ConsentMethod = 'written' | 'email' | 'verbal' | 'portal';
export const CONSENT_METHODS: readonly ConsentMethod[] = ['written', 'email', 'verbal', 'portal'];

/** One step of a referral's life, kept for the timeline and follow-up statistics. */
export interface ReferralStep {
  status: ReferralStatus;
  on: string | null;
  at: string;
  actorId: string | null;
}

/** A company handed to a partner organisation (or sent by one) for a stated need (紹介 / 連携). */
@Entity('referrals')
@Audited({ entity: 'referral', redact: ['staffNotes'] })
@Index('referrals_facility_status', ['facilityId', 'status'])
@Index('referrals_facility_tenant', ['facilityId', 'tenantId'])
@Index('referrals_facility_organization', ['facilityId', 'organizationId'])
export class Referral {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => PartnerOrganization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: PartnerOrganization;

  @Column({ type: 'varchar', length: 16 })
  direction!: ReferralDirection;

  /** The need stated when handing the company over (e.g. joint research partner, working-capital loan). */
  @Column({ type: 'text' })
  need!: string;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status!: ReferralStatus;

  /** Who at the company consented to being referred; all three consent fields are set together. */
  @Column({ name: 'consent_given_by', type: 'varchar', length: 200, nullable: true })
  consentGivenBy!: string | null;

  @Column({ name: 'consent_given_at', type: 'timestamptz', nullable: true })
  consentGivenAt!: Date | null;

  @Column({ name: 'consent_method', type: 'varchar', length: 16, nullable: true })
  consentMethod!: ConsentMethod | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  outcome!: ReferralOutcome | null;

  /** What the outcome was in words: "joint research started", "loan approved", "no fit". */
  @Column({ name: 'outcome_detail', type: 'text', nullable: true })
  outcomeDetail!: string | null;

  /** Why it was declined or cancelled. */
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** Internal notes: staff only, never shown to tenant users. */
  @Column({ name: 'staff_notes', type: 'text', nullable: true })
  staffNotes!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  history!: ReferralStep[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
