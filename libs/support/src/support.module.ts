import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { UserDirectoryModule } from '@tamago/identity';
import { TenantsModule } from '@tamago/tenants';
import { AdvisorService } from './advisor.service';
import { AdvisorySessionService } from './advisory-session.service';
import { AttachmentService } from './attachment.service';
import { ORGANIZATION_DIRECTORY, OrganizationDirectory } from './organization-directory';
import { SubsidyApplicationService } from './subsidy-application.service';
import { SubsidyProgramService } from './subsidy-program.service';
import { SupportReferences } from './support-references';
import { SupportSettingsService } from './support-settings.service';
import { SupportTimelineSource } from './support-timeline.source';

const SERVICES = [
  SubsidyProgramService,
  SubsidyApplicationService,
  AttachmentService,
  AdvisorService,
  AdvisorySessionService,
  SupportSettingsService,
  SupportTimelineSource,
];

/**
 * Support programmes: subsidy cases, advisors, advisory sessions and the case log. Imported
 * plainly it works without partner organisations (an advisor's organizationId is then refused);
 * `register` wires the partners library's organisation check in.
 */
@Module({
  imports: [TenantsModule, UserDirectoryModule],
  providers: [SupportReferences, ...SERVICES],
  exports: SERVICES,
})
export class SupportModule {
  /** SupportModule with an OrganizationDirectory (e.g. partners' OrganizationService) from `imports`. */
  static register(options: {
    imports: ModuleMetadata['imports'];
    organizationDirectory: Type<OrganizationDirectory>;
  }): DynamicModule {
    return {
      module: SupportModule,
      imports: [TenantsModule, UserDirectoryModule, ...(options.imports ?? [])],
      providers: [
        SupportReferences,
        ...SERVICES,
        { provide: ORGANIZATION_DIRECTORY, useExisting: options.organizationDirectory },
      ],
      exports: SERVICES,
    };
  }
}
