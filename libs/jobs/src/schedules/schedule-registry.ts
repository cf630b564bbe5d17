import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { FACILITY_SCHEDULE, FacilityScheduleKind } from './facility-schedule';

/**
 * Every per-facility scheduled kind of the running application: the providers marked
 * `@FacilitySchedule()` in any imported module. Two providers with one kind name stop the start.
 */
@Injectable()
export class ScheduleRegistry implements OnModuleInit {
  private readonly kinds = new Map<string, FacilityScheduleKind>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype as (new (...a: unknown[]) => unknown) | undefined;
      if (!type || typeof type !== 'function' || !wrapper.instance) continue;
      if (!Reflect.getMetadata(FACILITY_SCHEDULE, type)) continue;
      this.register(wrapper.instance as FacilityScheduleKind);
    }
  }

  /** Adds a kind (also for tests); a second kind of the same name is a programming error. */
  register(kind: FacilityScheduleKind): void {
    const existing = this.kinds.get(kind.kind);
    if (existing && existing !== kind) throw new Error(`Two scheduled kinds are named "${kind.kind}"`);
    this.kinds.set(kind.kind, kind);
  }

  /** The kinds, sorted by name. */
  list(): FacilityScheduleKind[] {
    return [...this.kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind));
  }

  get(kind: string): FacilityScheduleKind | undefined {
    return this.kinds.get(kind);
  }
}
