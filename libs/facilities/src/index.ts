export { type Facility } from './facility.entity';
export { FacilitiesModule } from './facilities.module';
export { FacilitiesService, FacilityInput, FacilityProfile } from './facilities.service';
export { facilityTimeZone, facilityToday } from './facility-clock';
