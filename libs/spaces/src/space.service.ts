import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { DomainError, type ReasonParams } from '@tamago/core';
import { isPgError, PgErrorCode, removeScoped, saveScoped, TransactionRunner } from '@tamago/database';
import { normalizeAreaSqm } from './area';
import { RoomType } from './room-type.entity';
import { RoomTypeInput, SpaceInput, SpaceListQuery, SpacePatch } from './space-input';
import { Space } from './space.entity';
import { SpacesError } from './errors';

const SORTS: Record<string, [string, 'ASC' | 'DESC']> = {
  code: ['s.code', 'ASC'],
  '-code': ['s.code', 'DESC'],
  areaSqm: ['s.area_sqm', 'ASC'],
  '-areaSqm': ['s.area_sqm', 'DESC'],
  monthlyRent: ['s.monthly_rent', 'ASC'],
  '-monthlyRent': ['s.monthly_rent', 'DESC'],
};

/** Rooms of a facility and the facility's list of room types. */
@Injectable()
export class SpaceService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Every room type of the facility, by code. */
  listTypes(facilityId: string): Promise<RoomType[]> {
    return this.tx.inFacility(facilityId, (em) => em.find(RoomType, { where: { facilityId }, order: { code: 'ASC' } }));
  }

  /** Adds a room type; a duplicate code is 409. */
  createType(facilityId: string, actorId: string, input: RoomTypeInput): Promise<RoomType> {
    return this.write(
      facilityId,
      actorId,
      [SpacesError.RoomTypeCodeTaken, 'A room type with this code already exists.'],
      async (em) => {
        return em.save(
          em.create(RoomType, {
            facilityId,
            code: input.code.trim(),
            nameJa: input.nameJa.trim(),
            nameEn: input.nameEn.trim(),
          }),
        );
      },
    );
  }

  /** Renames a room type. */
  updateType(facilityId: string, actorId: string, id: string, patch: Partial<RoomTypeInput>): Promise<RoomType> {
    return this.write(
      facilityId,
      actorId,
      [SpacesError.RoomTypeCodeTaken, 'A room type with this code already exists.'],
      async (em) => {
        const type = await em.findOneBy(RoomType, { facilityId, id });
        if (!type) throw DomainError.notFound(SpacesError.RoomTypeNotFound, 'Room type', id);
        Object.assign(type, stripUndefined(patch));
        return saveScoped(em, facilityId, type);
      },
    );
  }

  /** Deletes an unused room type; one still used by spaces is 409. */
  removeType(facilityId: string, actorId: string, id: string): Promise<void> {
    return this.write(facilityId, actorId, [SpacesError.RoomTypeCodeTaken, ''], async (em) => {
      const type = await em.findOneBy(RoomType, { facilityId, id });
      if (!type) throw DomainError.notFound(SpacesError.RoomTypeNotFound, 'Room type', id);
      if ((await em.countBy(Space, { facilityId, typeId: id })) > 0)
        throw DomainError.conflict(SpacesError.RoomTypeInUse, 'Spaces still use this room type.');
      await removeScoped(em, facilityId, type);
    });
  }

  /** Lists spaces with filters and paging. */
  list(facilityId: string, query: SpaceListQuery): Promise<{ items: Space[]; total: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const qb = em
        .createQueryBuilder(Space, 's')
        .leftJoinAndSelect('s.type', 'type')
        .where('s.facility_id = :facilityId', { facilityId });
      if (query.q)
        qb.andWhere('s.code ILIKE :q', {
          q: `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`,
        });
      if (query.typeId) qb.andWhere('s.type_id = :typeId', { typeId: query.typeId });
      if (query.type) qb.andWhere('type.code = :type', { type: query.type });
      const derived = query.letSpaceIds && (query.status === 'vacant' || query.status === 'occupied');
      if (derived) {
        qb.andWhere("s.status NOT IN ('reserved', 'out_of_service')");
        const let_ = query.letSpaceIds!.length ? query.letSpaceIds! : ['00000000-0000-0000-0000-000000000000'];
        qb.andWhere(query.status === 'occupied' ? 's.id IN (:...let_)' : 's.id NOT IN (:...let_)', { let_ });
      } else if (query.status) qb.andWhere('s.status = :status', { status: query.status });
      if (query.building) qb.andWhere('s.building = :building', { building: query.building });
      if (query.floor) qb.andWhere('s.floor = :floor', { floor: query.floor });
      const [column, direction] = SORTS[query.sort ?? 'code'] ?? SORTS.code;
      qb.orderBy(column, direction).addOrderBy('s.id', 'ASC').skip(query.offset).take(query.limit);
      const [items, total] = await qb.getManyAndCount();
      return { items, total };
    });
  }

  /** One space of the facility. */
  get(facilityId: string, id: string): Promise<Space> {
    return this.tx.inFacility(facilityId, (em) => this.load(em, facilityId, id));
  }

  /** Adds a space; the code is unique per facility (409). */
  async create(facilityId: string, actorId: string, input: SpaceInput): Promise<Space> {
    const id = await this.write(
      facilityId,
      actorId,
      [SpacesError.SpaceCodeTaken, `A space with code ${input.code} already exists.`, { code: input.code }],
      (em) => this.createWithin(em, facilityId, input),
    );
    return this.get(facilityId, id);
  }

  /** Validates and inserts a space inside an open facility transaction (imports write many at once). Returns the id. */
  async createWithin(em: EntityManager, facilityId: string, input: SpaceInput): Promise<string> {
    const areaSqm = normalizeAreaSqm(input.areaSqm);
    const typeId = await this.resolveType(em, facilityId, input);
    await this.assertSpaces(em, facilityId, input.combinableWith ?? []);
    const space = em.create(Space, {
      facilityId,
      code: input.code.trim(),
      building: input.building ?? null,
      floor: input.floor ?? null,
      typeId,
      areaSqm,
      monthlyRent: input.monthlyRent,
      commonAreaFee: input.commonAreaFee ?? 0,
      status: input.status ?? 'vacant',
      equipment: input.equipment ?? [],
      combinableWith: [...new Set(input.combinableWith ?? [])],
      notes: input.notes ?? null,
    });
    await em.save(space);
    return space.id;
  }

  /** Changes a space. */
  async update(facilityId: string, actorId: string, id: string, patch: SpacePatch): Promise<Space> {
    const areaSqm = patch.areaSqm !== undefined ? normalizeAreaSqm(patch.areaSqm) : undefined;
    await this.write(
      facilityId,
      actorId,
      [SpacesError.SpaceCodeTaken, `A space with code ${patch.code ?? ''} already exists.`, { code: patch.code ?? '' }],
      async (em) => {
        const space = await this.load(em, facilityId, id);
        if (patch.typeId !== undefined || patch.type !== undefined)
          space.typeId = await this.resolveType(em, facilityId, patch);
        if (patch.combinableWith !== undefined) {
          if (patch.combinableWith.includes(id))
            throw DomainError.invalid(
              SpacesError.CombinedWithItself,
              'combinableWith',
              'A space cannot be combined with itself.',
            );
          await this.assertSpaces(em, facilityId, patch.combinableWith);
          space.combinableWith = [...new Set(patch.combinableWith)];
        }
        const { type: _t, typeId: _i, combinableWith: _c, areaSqm: _a, ...rest } = patch;
        Object.assign(space, stripUndefined(rest));
        if (areaSqm !== undefined) space.areaSqm = areaSqm;
        delete space.type;
        await saveScoped(em, facilityId, space);
      },
    );
    return this.get(facilityId, id);
  }

  /** Deletes a space that was never leased; one with leases is 409. */
  async remove(facilityId: string, actorId: string, id: string): Promise<void> {
    await this.write(facilityId, actorId, [SpacesError.SpaceCodeTaken, '', { code: '' }], async (em) => {
      const space = await this.load(em, facilityId, id);
      delete space.type;
      await removeScoped(em, facilityId, space);
    });
  }

  /** Loads spaces of the facility by id inside an open transaction (for leasing); unknown ids are InvalidInput on `field`. */
  async loadMany(em: EntityManager, facilityId: string, ids: string[], field: string): Promise<Space[]> {
    const unique = [...new Set(ids)];
    const found = unique.length === 0 ? [] : await em.findBy(Space, { facilityId, id: In(unique) });
    const missing = unique.filter((id) => !found.some((s) => s.id === id));
    if (missing.length > 0)
      throw DomainError.invalid(
        SpacesError.SpacesUnknown,
        field,
        `No space of this facility has id ${missing.join(', ')}.`,
        { ids: missing.join(', ') },
      );
    return unique.map((id) => found.find((s) => s.id === id)!);
  }

  /** Codes of the given spaces of the facility, in one read of its own; unknown ids are absent. */
  codes(facilityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return Promise.resolve(new Map());
    return this.tx.inFacility(facilityId, (em) => this.codesOf(em, facilityId, ids));
  }

  /** Codes of the given spaces of the facility, in one query inside an open transaction; unknown ids are absent. */
  async codesOf(em: EntityManager, facilityId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await em.find(Space, { select: { id: true, code: true }, where: { facilityId, id: In(unique) } });
    return new Map(rows.map((s) => [s.id, s.code]));
  }

  /** Every space of the facility with its room type, by code, inside an open transaction (occupancy). */
  withTypes(em: EntityManager, facilityId: string): Promise<Space[]> {
    return em.find(Space, { where: { facilityId }, relations: { type: true }, order: { code: 'ASC' } });
  }

  /** Loads spaces of the facility by code inside an open transaction (for imports and devices); unknown codes are left out. */
  async findByCodes(em: EntityManager, facilityId: string, codes: string[]): Promise<Map<string, Space>> {
    const unique = [...new Set(codes)];
    const found = unique.length === 0 ? [] : await em.findBy(Space, { facilityId, code: In(unique) });
    return new Map(found.map((s) => [s.code, s]));
  }

  private async load(em: EntityManager, facilityId: string, id: string): Promise<Space> {
    const space = await em.findOne(Space, {
      where: { facilityId, id },
      relations: { type: true },
    });
    if (!space) throw DomainError.notFound(SpacesError.SpaceNotFound, 'Space', id);
    return space;
  }

  private async resolveType(
    em: EntityManager,
    facilityId: string,
    input: { typeId?: string; type?: string },
  ): Promise<string> {
    if (input.typeId) {
      const byId = await em.findOneBy(RoomType, {
        facilityId,
        id: input.typeId,
      });
      if (!byId)
        throw DomainError.invalid(
          SpacesError.TypeIdUnknown,
          'typeId',
          `typeId ${input.typeId} is not a room type of this facility.`,
          { typeId: input.typeId },
        );
      return byId.id;
    }
    if (input.type) {
      const byCode = await em.findOneBy(RoomType, {
        facilityId,
        code: input.type,
      });
      if (!byCode)
        throw DomainError.invalid(
          SpacesError.TypeCodeUnknown,
          'type',
          `type "${input.type}" is not a room type of this facility; see /api/v1/room-types.`,
          { type: input.type },
        );
      return byCode.id;
    }
    throw DomainError.invalid(SpacesError.TypeRequired, 'type', 'type (a room-type code) or typeId is required.');
  }

  private async assertSpaces(em: EntityManager, facilityId: string, ids: string[]): Promise<void> {
    await this.loadMany(em, facilityId, ids, 'combinableWith');
  }

  private async write<T>(
    facilityId: string,
    actorId: string,
    duplicate: [reason: string, message: string, params?: ReasonParams],
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.tx.inFacility(facilityId, work, actorId);
    } catch (e) {
      if (isPgError(e, PgErrorCode.UniqueViolation)) throw DomainError.conflict(...duplicate);
      if (isPgError(e, PgErrorCode.ForeignKeyViolation))
        throw DomainError.conflict(SpacesError.SpaceInUse, 'This is still used by leases or other records.');
      throw e;
    }
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
