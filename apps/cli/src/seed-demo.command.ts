import { Command, CommandRunner } from 'nest-commander';
import { DemoSeedService } from '@tamago/demo';

@Command({ name: 'seed:demo', description: 'Seed the demo facility into a database without facilities' })
export class SeedDemoCommand extends CommandRunner {
  constructor(private readonly seed: DemoSeedService) {
    super();
  }

  async run(): Promise<void> {
    const id = await this.seed.seedIfEmpty();
    console.log(id ? JSON.stringify({ facilityId: id }) : 'The database already has facilities; nothing seeded.');
  }
}
