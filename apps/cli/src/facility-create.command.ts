import { Command, CommandRunner, Option } from 'nest-commander';
import { FacilityOnboardingService, passwordProblem } from '@tamago/identity';
import { requireOption } from './options';

interface Options {
  name?: string;
  adminEmail?: string;
  adminPassword?: string;
  adminName?: string;
}

@Command({ name: 'facility:create', description: 'Create a facility with its first facility admin' })
export class FacilityCreateCommand extends CommandRunner {
  constructor(private readonly onboarding: FacilityOnboardingService) {
    super();
  }

  async run(_args: string[], options: Options): Promise<void> {
    const name = requireOption(options.name, '--name');
    const adminEmail = requireOption(options.adminEmail, '--admin-email');
    const adminPassword = requireOption(options.adminPassword, '--admin-password');
    const weak = passwordProblem(adminPassword, '--admin-password');
    if (weak) throw new Error(weak);
    const result = await this.onboarding.createWithAdmin({
      name,
      adminEmail,
      adminPassword,
      adminName: options.adminName,
    });
    console.log(JSON.stringify(result));
  }

  @Option({ flags: '--name <name>', description: 'facility name' })
  parseName(v: string): string {
    return v;
  }

  @Option({ flags: '--admin-email <email>', description: "the admin's email" })
  parseAdminEmail(v: string): string {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw new Error(`--admin-email: "${v}" is not an email address`);
    return v;
  }

  @Option({ flags: '--admin-password <password>', description: "the admin's password (10+ characters)" })
  parseAdminPassword(v: string): string {
    return v;
  }

  @Option({ flags: '--admin-name <name>', description: "the admin's display name" })
  parseAdminName(v: string): string {
    return v;
  }
}
