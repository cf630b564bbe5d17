import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The lists whose views a user can save (filters, sort, columns). */
export const SAVED_VIEW_LISTS = ['tenants', 'invoices'] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

/** A named view of a staff list, kept per user: the list's search state and the columns shown. */
@Entity('saved_views')
@Index('saved_views_name', ['facilityId', 'userId', 'list', 'name'], { unique: true })
export class SavedView {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 32 })
  list!: SavedViewList;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** The list's URL search state (filters, sort) as the web app writes it. */
  @Column({ type: 'jsonb' })
  search!: Record<string, unknown>;

  /** Column ids shown, in order; null = the list's default columns. */
  @Column({ type: 'varchar', length: 64, array: true, nullable: true })
  columns!: string[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
