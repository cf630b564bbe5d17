import { Global, Module } from '@nestjs/common';
import { ConfigService, ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig, loadConfig } from './app-config';

/**
 * Loads and validates the environment once at start through @nestjs/config (a bad variable
 * stops the process with a message naming it) and provides it as the typed AppConfig.
 */
@Global()
@Module({
  imports: [
    NestConfigModule.forRoot({
      ignoreEnvFile: true,
      cache: true,
      load: [() => ({ app: loadConfig(process.env) })],
    }),
  ],
  providers: [
    { provide: AppConfig, inject: [ConfigService], useFactory: (c: ConfigService) => c.getOrThrow<AppConfig>('app') },
  ],
  exports: [AppConfig],
})
export class ConfigModule {}
