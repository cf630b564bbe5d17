import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@tamago/core';
import { TransactionRunner, removeScoped, saveScoped } from '@tamago/database';
import { SavedView, SavedViewList } from './saved-view.entity';
import { IdentityError } from './errors';

/** At most this many views per user and list; a longer menu stops helping. */
export const MAX_SAVED_VIEWS = 30;
/** The search state is a handful of filters; a larger one is not a view. */
const MAX_SEARCH_BYTES = 4000;

export interface SavedViewInput {
  list: SavedViewList;
  name: string;
  search: Record<string, unknown>;
  columns?: string[] | null;
}

/** A user's own saved list views; nobody else (not even an admin) reads or changes them. */
@Injectable()
export class SavedViewsService {
  constructor(private readonly tx: TransactionRunner) {}

  list(facilityId: string, userId: string, list: SavedViewList): Promise<SavedView[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(SavedView, { where: { facilityId, userId, list }, order: { name: 'ASC' } }),
    );
  }

  /** Saves a view under its name, replacing the user's view of that name on the same list. */
  save(facilityId: string, userId: string, input: SavedViewInput): Promise<SavedView> {
    const name = input.name.trim();
    if (name === '')
      throw DomainError.invalid(IdentityError.ViewNameRequired, 'name', 'name is required.', undefined, 'required');
    if (JSON.stringify(input.search).length > MAX_SEARCH_BYTES) {
      throw DomainError.invalid(
        IdentityError.ViewSearchTooLong,
        'search',
        `search must be at most ${MAX_SEARCH_BYTES} characters as JSON.`,
        { max: MAX_SEARCH_BYTES },
      );
    }
    return this.tx.inFacility(facilityId, async (em) => {
      const existing = await em.findOneBy(SavedView, { facilityId, userId, list: input.list, name });
      if (existing) {
        existing.search = input.search;
        existing.columns = input.columns ?? null;
        return saveScoped(em, facilityId, existing);
      }
      const count = await em.countBy(SavedView, { facilityId, userId, list: input.list });
      if (count >= MAX_SAVED_VIEWS) {
        throw new DomainError(
          ErrorCode.Unprocessable,
          IdentityError.TooManyViews,
          `At most ${MAX_SAVED_VIEWS} views per list; delete one first.`,
          { params: { max: MAX_SAVED_VIEWS } },
        );
      }
      return em.save(
        em.create(SavedView, {
          facilityId,
          userId,
          list: input.list,
          name,
          search: input.search,
          columns: input.columns ?? null,
        }),
      );
    });
  }

  /** Deletes one of the user's views; another user's view is not found. */
  async remove(facilityId: string, userId: string, id: string): Promise<void> {
    await this.tx.inFacility(facilityId, async (em) => {
      const view = await em.findOneBy(SavedView, { facilityId, userId, id });
      if (!view) throw DomainError.notFound(IdentityError.SavedViewNotFound, 'SavedView', id);
      await removeScoped(em, facilityId, view);
    });
  }
}
