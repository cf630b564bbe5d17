export { Facility } from './facility.entity';
export { FacilitiesModule } from './facilities.module';
export { FacilitiesService, FacilityInput } from './facilities.service';
export { facilityTimeZone, facilityToday } from './facility-clock';
