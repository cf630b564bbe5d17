import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module';

/** Runs a nest-commander command; any error prints one clear line and exits non-zero. */
export async function runNestCommand(): Promise<void> {
  await CommandFactory.run(CliModule, {
    logger: ['error', 'warn'],
    errorHandler: (err) => {
      const message = err.message.replace(/^error: /, '');
      console.error(`Error: ${message}`);
      process.exit(err.name === 'CommanderError' && /help/.test(String((err as { code?: string }).code)) ? 0 : 1);
    },
    serviceErrorHandler: (err) => {
      console.error(`Error: ${err.message}`);
      process.exit(1);
    },
  });
}
