import type { SpaceStatus } from './space.entity';

/** A room type as given by a caller. */
export interface RoomTypeInput {
  code: string;
  nameJa: string;
  nameEn: string;
}

/** A space as given by a caller; the type is named by id (`typeId`) or by code (`type`). */
export interface SpaceInput {
  code: string;
  building?: string | null;
  floor?: string | null;
  typeId?: string;
  type?: string;
  areaSqm: string | number;
  monthlyRent: number;
  commonAreaFee?: number;
  status?: SpaceStatus;
  equipment?: string[];
  combinableWith?: string[];
  notes?: string | null;
}

export type SpacePatch = Partial<SpaceInput>;

/** List filters. */
export interface SpaceListQuery {
  q?: string;
  typeId?: string;
  type?: string;
  status?: SpaceStatus;
  building?: string;
  floor?: string;
  sort?: string;
  /**
   * The spaces let on the day asked (from leasing): `status` vacant or occupied is then judged by
   * them rather than by the stored status (a reserved or out-of-service room is neither).
   */
  letSpaceIds?: string[];
  limit: number;
  offset: number;
}
