import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RegistrationStatus } from './domain';
import { Audited } from '@tamago/audit';
import { Event } from './event.entity';

/**
 * One attendee of an event: a tenant's user or person (tenant_id set) or an outside guest
 * (tenant_id null, guest company and email set).
 */
@Entity('event_registrations')
@Audited({ entity: 'event_registration' })
@Index('event_registrations_event', ['facilityId', 'eventId', 'status'])
@Index('event_registrations_tenant', ['facilityId', 'tenantId'])
@Index('event_registrations_user_once', ['eventId', 'userId'], {
  unique: true,
  where: '"user_id" IS NOT NULL AND "status" <> \'cancelled\'',
})
@Index('event_registrations_email_once', ['eventId', 'email'], {
  unique: true,
  where: '"email" IS NOT NULL AND "status" <> \'cancelled\'',
})
@Check('event_registrations_who', '"tenant_id" IS NOT NULL OR "email" IS NOT NULL')
export class EventRegistration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid', nullable: true })
  tenantId!: string | null;

  /** The portal user who registered themselves; null for staff-entered attendees and guests. */
  @ForeignKey('User', { onDelete: 'SET NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ name: 'attendee_name', type: 'varchar', length: 200 })
  attendeeName!: string;

  /** For guests: the company they come from (tenants' attendees carry tenant_id instead). */
  @Column({ name: 'company_name', type: 'varchar', length: 200, nullable: true })
  companyName!: string | null;

  /** Lower-cased, so the same person cannot hold two seats by changing letter case. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: RegistrationStatus;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt!: Date;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;
}
