import { EntityManager } from 'typeorm';

/**
 * How support checks an advisor's organisation id without importing libs/partners (which
 * depends on support). The app wires partners' OrganizationService in (see SupportModule.register).
 */
export interface OrganizationDirectory {
  /** Throws InvalidInput naming `field` unless every id is a partner organisation of the facility. */
  assertKnown(em: EntityManager, facilityId: string, ids: string[], field: string): Promise<void>;
}

/** Injection token of the OrganizationDirectory. */
export const ORGANIZATION_DIRECTORY = Symbol('ORGANIZATION_DIRECTORY');
