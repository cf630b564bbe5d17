import { Command, CommandRunner, Option } from 'nest-commander';
import { DomainError } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { FacilitiesService } from '@tamago/facilities';
import { ALL_ROLES, Role, UsersService, passwordProblem } from '@tamago/identity';
import { requireOption } from './options';

interface Options {
  facilityId?: string;
  email?: string;
  password?: string;
  name?: string;
  role?: string;
  tenantId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Command({ name: 'user:create', description: 'Create a user in a facility with a password' })
export class UserCreateCommand extends CommandRunner {
  constructor(
    private readonly users: UsersService,
    private readonly tx: TransactionRunner,
    private readonly facilities: FacilitiesService,
  ) {
    super();
  }

  async run(_args: string[], o: Options): Promise<void> {
    const facilityId = requireOption(o.facilityId, '--facility-id');
    if (!UUID.test(facilityId)) throw new Error('--facility-id must be a UUID');
    const email = requireOption(o.email, '--email');
    const password = requireOption(o.password, '--password');
    const weak = passwordProblem(password, '--password');
    if (weak) throw new Error(weak);
    const roles = requireOption(o.role, '--role').split(',') as Role[];
    const bad = roles.filter((r) => !ALL_ROLES.includes(r) || r === Role.PlatformOperator);
    if (bad.length) throw new Error(`--role: unknown or not assignable: ${bad.join(', ')}`);
    try {
      const user = await this.tx.inFacility(facilityId, async (em) => {
        if (!(await this.facilities.profileOf(em, facilityId)))
          throw new Error(`--facility-id: no facility ${facilityId}`);
        return this.users.createInFacility(em, facilityId, {
          email,
          password,
          name: o.name ?? email,
          roles,
          tenantId: o.tenantId ?? null,
        });
      });
      console.log(JSON.stringify({ userId: user.id }));
    } catch (e) {
      if (e instanceof DomainError)
        throw new Error(e.details.errors?.map((x) => `--${kebab(x.field)}: ${x.message}`).join('; ') || e.message);
      throw e;
    }
  }

  @Option({ flags: '--facility-id <uuid>' }) parseFacility(v: string) {
    return v;
  }
  @Option({ flags: '--email <email>' }) parseEmail(v: string) {
    return v;
  }
  @Option({ flags: '--password <password>' }) parsePassword(v: string) {
    return v;
  }
  @Option({ flags: '--name <name>' }) parseName(v: string) {
    return v;
  }
  @Option({
    flags: '--role <roles>',
    description: `comma-separated: ${ALL_ROLES.filter((r) => r !== Role.PlatformOperator).join(', ')}`,
  })
  parseRole(v: string) {
    return v;
  }
  @Option({ flags: '--tenant-id <uuid>', description: 'for tenant roles' }) parseTenant(v: string) {
    return v;
  }
}

/** The option name of a field (tenantId → tenant-id), so messages name the flag the operator typed. */
function kebab(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
