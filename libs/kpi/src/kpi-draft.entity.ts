import {
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { KpiSurvey } from './kpi-survey.entity';

/** Figures a tenant has typed but not yet submitted; any of them may still be missing. */
export interface KpiDraftValues {
  employees?: number | null;
  revenue?: number | null;
  moneyRaised?: number | null;
  patents?: number | null;
  productsLaunched?: number | null;
  note?: string | null;
}

/**
 * A tenant's unsent answer to a survey, kept on the server so that it follows the tenant to another
 * device. One per tenant and survey; submitting the answer removes it. Not audited: a draft is
 * not a record of the facility, the submission is.
 */
@Entity('kpi_drafts')
@Index('kpi_drafts_one_per_tenant', ['facilityId', 'surveyId', 'tenantId'], { unique: true })
export class KpiDraft {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => KpiSurvey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: KpiSurvey;

  @ForeignKey('Tenant', { onDelete: 'CASCADE' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  // No database default (a jsonb default never compares equal in the drift check); the service sets it.
  @Column({ type: 'jsonb' })
  values!: KpiDraftValues;

  /** The tenant user who saved it last. */
  @Column({ name: 'saved_by', type: 'uuid' })
  savedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
