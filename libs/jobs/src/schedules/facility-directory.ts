import { DynamicModule, Global, Module, ModuleMetadata, Type } from '@nestjs/common';

/** What the schedules need of a facility: its id, name and time zone. */
export interface ScheduledFacility {
  id: string;
  name: string;
  timeZone: string;
}

/** The port through which the platform schedules list facilities (bound to libs/facilities by the apps). */
export interface FacilityDirectory {
  list(): Promise<ScheduledFacility[]>;
  get(facilityId: string): Promise<ScheduledFacility>;
}

export const FACILITY_DIRECTORY = Symbol('FACILITY_DIRECTORY');

/** Binds FACILITY_DIRECTORY globally to a service from `imports` (e.g. FacilitiesService). */
@Global()
@Module({})
export class JobsPortsModule {
  static register(options: {
    imports: ModuleMetadata['imports'];
    facilityDirectory: Type<FacilityDirectory>;
  }): DynamicModule {
    return {
      module: JobsPortsModule,
      imports: options.imports ?? [],
      providers: [{ provide: FACILITY_DIRECTORY, useExisting: options.facilityDirectory }],
      exports: [FACILITY_DIRECTORY],
    };
  }
}
