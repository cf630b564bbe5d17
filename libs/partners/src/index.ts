export { PartnerOrganization, OrganizationKind, OrganizationContact, ORGANIZATION_KINDS } from './partner-organization.entity';
