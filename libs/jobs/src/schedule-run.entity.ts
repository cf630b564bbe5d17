import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One facility's occasion of a scheduled kind that has been started. The unique key makes a tick
 * that runs twice, or on two workers, start the occasion once.
 */
@Entity('schedule_runs')
@Index('schedule_runs_once', ['facilityId', 'kind', 'occasion'], { unique: true })
export class ScheduleRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'date' })
  occasion!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
