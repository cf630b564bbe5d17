import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@tamago/config';
import { DomainError, ErrorCode } from '@tamago/core';
import { TransactionRunner, queryRows } from '@tamago/database';
import { Actor } from './actor';
import { AuthSession } from './auth-session.entity';
import { LoginRateLimiter } from './login-rate-limiter';
import { RefreshToken } from './refresh-token.entity';
import { Role } from './role';
import { dummyPasswordHash, randomToken, sha256, verifyPassword } from './secrets';
import { User } from './user.entity';
import { IdentityError } from './errors';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  tokenType: 'Bearer';
}

interface AccessClaims {
  sub: string;
  sid: string;
}

const invalidCredentials = () =>
  new DomainError(
    ErrorCode.Unauthenticated,
    IdentityError.BadCredentials,
    'The email address or password is incorrect (after repeated failures an account is locked for a while).',
  );
/** The session check of every request: the token's user, active, with the token's session not revoked. */
const SESSION_CHECK = `SELECT u.id, u.facility_id, u.tenant_id, u.roles, u.email, u.locale
  FROM users u JOIN auth_sessions s ON s.user_id = u.id AND s.id = $1 AND s.revoked_at IS NULL
  WHERE u.id = $2 AND u.status = $3`;
interface SessionRow {
  id: string;
  facility_id: string | null;
  tenant_id: string | null;
  roles: string[];
  email: string;
  locale: string;
}

const invalidSession = () =>
  new DomainError(ErrorCode.Unauthenticated, IdentityError.SessionEnded, 'The session has ended. Log in again.');

/**
 * Logins, refresh-token rotation with reuse detection, logout, and turning an access token
 * into an Actor. Auth data is read as the system: no facility is known before login.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Checks credentials, counts failures towards the lock, and opens a new session. */
  async login(email: string, password: string, clientKey: string): Promise<TokenPair> {
    await this.limiter.hit(clientKey);
    const user = await this.tx.asSystem((em) => em.findOneBy(User, { email: email.trim().toLowerCase() }));
    if (!user || !user.passwordHash || user.status !== 'active') {
      await verifyPassword(await dummyPasswordHash(), password); // same cost whether or not the account exists
      throw invalidCredentials();
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      // A locked account answers exactly like a wrong password, at the same cost: a different
      // status or a `lockedUntil` would tell anyone which addresses have accounts.
      await verifyPassword(await dummyPasswordHash(), password);
      throw invalidCredentials();
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user.id);
      throw invalidCredentials();
    }
    return this.tx.asSystem(async (em) => {
      await em.update(User, { id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() });
      const session = await em.save(em.create(AuthSession, { userId: user.id, facilityId: user.facilityId }));
      return this.issue(em, user.id, session.id);
    }, user.id);
  }

  /**
   * Exchanges a refresh token for a new pair. Each token works once: presenting one that
   * was already used means it was stolen or replayed, so the whole login is revoked.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    return (await this.refreshWithUser(refreshToken)).pair;
  }

  /**
   * {@link refresh}, and the signed-in user it was issued to (read in the same transaction), so a client
   * starting up knows who it is without a second round trip.
   */
  async refreshWithUser(refreshToken: string): Promise<{ pair: TokenPair; user: User }> {
    const hash = sha256(refreshToken);
    const outcome = await this.tx.asSystem(async (em) => {
      const claimed = await queryRows<{ session_id: string }>(
        em,
        `UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING session_id`,
        [hash],
      );
      if (claimed.length === 0) return { reused: await em.findOneBy(RefreshToken, { tokenHash: hash }) };
      const session = await em.findOneBy(AuthSession, { id: claimed[0].session_id, revokedAt: IsNull() });
      if (!session) return { revoked: true };
      const user = await em.findOneBy(User, { id: session.userId, status: 'active' });
      if (!user) return { revoked: true };
      return { pair: await this.issue(em, user.id, session.id), user };
    });
    if ('pair' in outcome && outcome.pair) return { pair: outcome.pair, user: outcome.user };
    if ('reused' in outcome && outcome.reused?.usedAt) {
      await this.revokeSession(outcome.reused.sessionId, 'refresh_token_reuse');
    }
    throw invalidSession();
  }

  /** Ends one login: its refresh tokens stop working and its access tokens are refused. */
  async logout(sessionId: string): Promise<void> {
    await this.revokeSession(sessionId, 'logout');
  }

  /** Ends every login of the user on every device ("log out everywhere"). */
  async logoutEverywhere(userId: string): Promise<void> {
    await this.tx.asSystem((em) => this.revokeAllSessions(em, userId, 'logout_everywhere'));
  }

  /** Resolves a bearer access token to the Actor, refusing ended sessions and inactive users. */
  async authenticate(accessToken: string): Promise<Actor> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(accessToken);
    } catch {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        IdentityError.AccessTokenInvalid,
        'The access token is invalid or has expired.',
      );
    }
    // One statement, no transaction: this runs on every request. Fixed SQL text (no query builder to
    // assemble and no entity to hydrate on every request); the user must be active and the session open.
    const [row] = await this.tx.readAsSystem((em) =>
      queryRows<SessionRow>(em, SESSION_CHECK, [claims.sid, claims.sub, 'active']),
    );
    if (!row) throw invalidSession();
    return {
      userId: row.id,
      sessionId: claims.sid,
      facilityId: row.facility_id,
      tenantId: row.tenant_id,
      roles: row.roles as Role[],
      email: row.email,
      locale: row.locale,
    };
  }

  /** Revokes every session of a user (password change or reset, deactivation), optionally but one. */
  async revokeAllSessions(em: EntityManager, userId: string, reason: string, exceptSessionId?: string): Promise<void> {
    await em.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL AND id <> coalesce($3::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`,
      [userId, reason, exceptSessionId ?? null],
    );
  }

  private async revokeSession(sessionId: string, reason: string): Promise<void> {
    await this.tx.asSystem((em) =>
      em.update(AuthSession, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason }),
    );
  }

  private async recordFailure(userId: string): Promise<void> {
    const max = this.config.LOGIN_MAX_FAILURES;
    await this.tx.asSystem((em) =>
      em.query(
        `UPDATE users SET failed_login_count = failed_login_count + 1,
           locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
         WHERE id = $1`,
        [userId, max, this.config.LOGIN_LOCK_MINUTES],
      ),
    );
  }

  private async issue(em: EntityManager, userId: string, sessionId: string): Promise<TokenPair> {
    const refreshToken = randomToken();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await em.insert(RefreshToken, { sessionId, tokenHash: sha256(refreshToken), expiresAt });
    const accessToken = await this.jwt.signAsync({ sub: userId, sid: sessionId } satisfies AccessClaims, {
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
    });
    return { accessToken, refreshToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, tokenType: 'Bearer' };
  }
}
