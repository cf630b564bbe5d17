import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@tamago/config';
import { FacilitiesModule } from '@tamago/facilities';
import { NotificationsModule } from '@tamago/notifications';
import { AuthService } from './auth.service';
import { FacilityOnboardingService } from './facility-onboarding.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { UsersService } from './users.service';
import { UserDirectoryModule } from './user-directory.service';
import { SavedViewsService } from './saved-views.service';

@Module({
  imports: [
    NotificationsModule,
    FacilitiesModule,
    UserDirectoryModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, made once: given the string, jsonwebtoken first tries it as a PEM public key on
        // every verify (createPublicKey throws, then createSecretKey), about 5% of a request's CPU.
        secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AuthService, UsersService, LoginRateLimiter, FacilityOnboardingService, SavedViewsService],
  exports: [AuthService, UsersService, FacilityOnboardingService, UserDirectoryModule, SavedViewsService],
})
export class IdentityModule {}
