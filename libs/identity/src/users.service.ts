import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ArrayContains, EntityManager, ILike, In } from 'typeorm';
import { AppConfig } from '@tamago/config';
import { DomainError, ErrorCode } from '@tamago/core';
import { PgErrorCode, TransactionRunner, isPgError, queryRows, saveScoped } from '@tamago/database';
import { FacilitiesService } from '@tamago/facilities';
import { Locale, MailQueue, accountExistsMail, invitationMail, passwordResetMail } from '@tamago/notifications';
import { Actor } from './actor';
import { AuthService } from './auth.service';
import { Role, STAFF_ROLES, TENANT_ROLES, isCoherentRoleSet } from './role';
import { assertPasswordPolicy } from './password-policy';
import { hashPassword, randomToken, sha256, verifyPassword } from './secrets';
import { TENANT_DIRECTORY, TenantDirectory } from './tenant-directory';
import { User, UserStatus } from './user.entity';
import { UserTokenPurpose } from './user-token.entity';
import { IdentityError } from './errors';

const INVITATION_HOURS = 72;
const RESET_MINUTES = 60;

export interface UserListQuery {
  limit: number;
  offset: number;
  q?: string;
  role?: Role;
  status?: UserStatus;
  sort?: 'name' | 'email' | 'createdAt' | '-name' | '-email' | '-createdAt';
}

export interface NewUser {
  email: string;
  name: string;
  roles: Role[];
  tenantId?: string | null;
  locale?: string;
  /** Set directly (CLI, seed); without it the user is invited by email. */
  password?: string;
}

/** The users of a facility: listing, invitations, roles, deactivation, passwords. */
@Injectable()
export class UsersService implements OnApplicationShutdown {
  private readonly logger = new Logger(UsersService.name);
  /** Reset requests still being worked on after their answer went out. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly tx: TransactionRunner,
    private readonly auth: AuthService,
    private readonly mail: MailQueue,
    private readonly config: AppConfig,
    @Inject(TENANT_DIRECTORY) private readonly tenants: TenantDirectory,
    private readonly facilities: FacilitiesService,
  ) {}

  /** A page of the facility's users. */
  async list(facilityId: string, query: UserListQuery): Promise<{ items: User[]; total: number }> {
    const sort = query.sort ?? 'name';
    const key = sort.replace(/^-/, '') as 'name' | 'email' | 'createdAt';
    return this.tx.inFacility(facilityId, async (em) => {
      const where = {
        facilityId,
        ...(query.role ? { roles: ArrayContains([query.role]) } : {}),
        ...(query.status ? { status: query.status } : {}),
      };
      const [items, total] = await em.findAndCount(User, {
        where: query.q
          ? [
              { ...where, name: ILike(`%${escapeLike(query.q)}%`) },
              { ...where, email: ILike(`%${escapeLike(query.q)}%`) },
            ]
          : where,
        order: { [key]: sort.startsWith('-') ? 'DESC' : 'ASC', id: 'ASC' },
        take: query.limit,
        skip: query.offset,
      });
      return { items, total };
    });
  }

  /** One user of the facility; another facility's id is "not found". */
  async get(facilityId: string, userId: string): Promise<User> {
    const user = await this.tx.inFacility(facilityId, (em) => em.findOneBy(User, { facilityId, id: userId }));
    if (!user) throw DomainError.notFound(IdentityError.UserNotFound, 'User', userId);
    return user;
  }

  /** Invites a user by email to the actor's facility (or creates them with a password). */
  async invite(facilityId: string, actorId: string | null, input: NewUser): Promise<User> {
    this.assertRoles(input.roles, input.tenantId ?? null);
    // An address with an account at another facility (or a platform operator's) is answered as a
    // fresh invitation, so that inviting cannot tell which addresses have accounts elsewhere; its
    // owner gets a notice instead (issue 14). One of this facility's own users stays the 409 below:
    // the facility sees its users anyway.
    const email = input.email.trim().toLowerCase();
    const holder = await this.tx.asSystem((em) => em.findOneBy(User, { email }));
    if (holder && holder.facilityId !== facilityId) return this.answerTaken(facilityId, actorId, input, holder);
    return this.tx.inFacility(facilityId, (em) => this.createInFacility(em, facilityId, input), actorId);
  }

  /**
   * The answer to an invitation of an address taken elsewhere: the same checks and the same body as
   * a fresh invitation (an id that names nothing, status invited), no row written for the inviting
   * facility; the account's owner is mailed that the facility tried, and the attempt is logged.
   */
  private async answerTaken(facilityId: string, actorId: string | null, input: NewUser, holder: User): Promise<User> {
    const facility = await this.tx.inFacility(
      facilityId,
      async (em) => {
        if (input.tenantId) await this.tenants.assertAcceptsUsers(em, facilityId, input.tenantId, 'tenantId');
        if (input.password) checkedPassword(input.password);
        return this.facilities.profileOf(em, facilityId);
      },
      actorId,
    );
    const notice = accountExistsMail(holder.locale === 'en' ? 'en' : 'ja', {
      name: holder.name,
      facilityName: facility?.name ?? 'Tamago',
    });
    await this.tx.asSystem(
      (em) =>
        this.mail.enqueueIn(
          em,
          { facilityId: holder.facilityId, to: holder.email, kind: 'account_exists', ...notice },
          `account-exists:${randomUUID()}`,
        ),
      actorId,
    );
    this.logger.warn(
      { facilityId, actorId, existingUserId: holder.id },
      'invitation of an address that has an account elsewhere: answered as invited, owner notified, nothing created',
    );
    const now = new Date();
    return Object.assign(new User(), {
      id: randomUUID(),
      facilityId,
      tenantId: input.tenantId ?? null,
      email: holder.email,
      name: input.name,
      roles: input.roles,
      status: input.password ? 'active' : 'invited',
      locale: input.locale ?? 'ja',
      passwordHash: null,
      failedLoginCount: 0,
      lockedUntil: null,
      lastLoginAt: null,
      createdAt: now,
      updatedAt: now,
    } satisfies User);
  }

  /**
   * Creates a user inside an open transaction of the facility (used by invitations, the CLI
   * and the demo seed). Without a password, an invitation mail is queued. A tenant user's
   * tenantId must be a tenant of this facility that may still get users (400 / 409 otherwise).
   */
  async createInFacility(em: EntityManager, facilityId: string, input: NewUser): Promise<User> {
    this.assertRoles(input.roles, input.tenantId ?? null);
    if (input.tenantId) await this.tenants.assertAcceptsUsers(em, facilityId, input.tenantId, 'tenantId');
    const email = input.email.trim().toLowerCase();
    const user = em.create(User, {
      facilityId,
      tenantId: input.tenantId ?? null,
      email,
      name: input.name,
      roles: input.roles,
      locale: input.locale ?? 'ja',
      status: input.password ? 'active' : 'invited',
      passwordHash: input.password ? await hashPassword(checkedPassword(input.password)) : null,
    });
    try {
      await em.save(user);
    } catch (e) {
      // The same answer whether the address has an account here or at another facility, and no
      // constraint name: an address is taken, nothing more.
      if (isPgError(e, PgErrorCode.UniqueViolation)) {
        throw new DomainError(
          ErrorCode.Conflict,
          IdentityError.EmailTaken,
          'This email address already has an account.',
          {
            errors: [{ field: 'email', code: 'duplicate', message: 'This email address already has an account.' }],
            extra: { messageKey: 'duplicate' },
          },
        );
      }
      throw e;
    }
    if (!input.password) await this.sendToken(em, user, 'invitation');
    return user;
  }

  /** Changes a user's name, roles or locale. */
  async update(
    facilityId: string,
    actor: Actor,
    userId: string,
    patch: { name?: string; roles?: Role[]; locale?: string },
  ): Promise<User> {
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const user = await em.findOneBy(User, { facilityId, id: userId });
        if (!user) throw DomainError.notFound(IdentityError.UserNotFound, 'User', userId);
        if (patch.roles) {
          this.assertRoles(patch.roles, user.tenantId);
          if (
            user.id === actor.userId &&
            !patch.roles.includes(Role.FacilityAdmin) &&
            user.roles.includes(Role.FacilityAdmin)
          ) {
            throw DomainError.conflict(
              IdentityError.CannotRemoveOwnAdmin,
              'You cannot remove your own facility-admin role; ask another admin.',
            );
          }
          user.roles = patch.roles;
        }
        if (patch.name !== undefined) user.name = patch.name;
        if (patch.locale !== undefined) user.locale = patch.locale;
        return saveScoped(em, facilityId, user);
      },
      actor.userId,
    );
  }

  /** Deactivates a user: they can no longer log in and their sessions end at once. */
  async deactivate(facilityId: string, actor: Actor, userId: string): Promise<User> {
    if (userId === actor.userId)
      throw DomainError.conflict(IdentityError.CannotDeactivateSelf, 'You cannot deactivate your own account.');
    const user = await this.tx.inFacility(
      facilityId,
      async (em) => {
        const found = await em.findOneBy(User, { facilityId, id: userId });
        if (!found) throw DomainError.notFound(IdentityError.UserNotFound, 'User', userId);
        if (found.status === 'deactivated') return found;
        found.status = 'deactivated';
        return saveScoped(em, facilityId, found);
      },
      actor.userId,
    );
    // Sessions are system data; access is already refused for inactive users at every request.
    await this.tx.asSystem((em) => this.auth.revokeAllSessions(em, user.id, 'deactivated'), actor.userId);
    return user;
  }

  /** The actor's own account. */
  async me(actor: Actor): Promise<User> {
    const user = await this.tx.asSystem((em) => em.findOneBy(User, { id: actor.userId }));
    if (!user) throw DomainError.notFound(IdentityError.UserNotFound, 'User', actor.userId);
    return user;
  }

  /** Remembers the language the user chose for screens and mails. */
  async setMyLocale(actor: Actor, locale: 'ja' | 'en'): Promise<User> {
    await this.tx.asSystem((em) => em.update(User, { id: actor.userId }, { locale }));
    return this.me(actor);
  }

  /** Changes the actor's password after checking the current one; other logins end. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.me(actor);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw DomainError.invalid(
        IdentityError.CurrentPasswordIncorrect,
        'currentPassword',
        'The current password is incorrect.',
      );
    }
    assertPasswordPolicy(newPassword, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.tx.asSystem(async (em) => {
      await em.update(User, { id: user.id }, { passwordHash });
      await this.supersedeTokens(em, user.id);
      await this.auth.revokeAllSessions(em, user.id, 'password_changed', actor.sessionId);
    }, actor.userId);
  }

  /**
   * Sends a password-reset mail if the address belongs to an active user; silent otherwise. The
   * answer does not wait for the lookup or the mail, so a real address takes no longer to answer
   * than an unknown one (no enumeration by timing). A newer reset supersedes the older links.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const work = this.issuePasswordReset(email.trim().toLowerCase())
      .catch((e: unknown) => this.logger.error({ err: e }, 'password reset request failed'))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  }

  /** Lets requested resets finish before the application closes. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private async issuePasswordReset(email: string): Promise<void> {
    await this.tx.asSystem(async (em) => {
      const user = await em.findOneBy(User, { email, status: 'active' });
      if (!user) return;
      await this.supersedeTokens(em, user.id, 'password_reset');
      await this.sendToken(em, user, 'password_reset');
    });
  }

  /** Ends every unused link of a user (of one purpose, or all): a newer link or a new password replaces them. */
  private async supersedeTokens(em: EntityManager, userId: string, purpose?: UserTokenPurpose): Promise<void> {
    await em.query(
      `UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL AND ($2::text IS NULL OR purpose = $2)`,
      [userId, purpose ?? null],
    );
  }

  /** Accepts an invitation or a reset: sets the password once, activates the user, ends other logins. */
  async completeToken(purpose: UserTokenPurpose, token: string, password: string): Promise<void> {
    assertPasswordPolicy(password, 'password');
    const passwordHash = await hashPassword(password);
    await this.tx.asSystem(async (em) => {
      const rows = await queryRows<{ user_id: string }>(
        em,
        // Only the newest link of its user and purpose works: invitations are inserted by request queries,
        // which may not update older ones, so superseding is also checked here.
        `UPDATE user_tokens t SET used_at = now()
          WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()
            AND NOT EXISTS (SELECT 1 FROM user_tokens n WHERE n.user_id = t.user_id AND n.purpose = t.purpose AND n.created_at > t.created_at)
          RETURNING t.user_id`,
        [sha256(token), purpose],
      );
      if (rows.length === 0) {
        throw DomainError.invalid(
          IdentityError.LinkInvalid,
          'token',
          'This link is invalid, has expired or was already used. Ask for a new one.',
        );
      }
      const user = await em.findOneBy(User, {
        id: rows[0].user_id,
        status: In(purpose === 'invitation' ? ['invited'] : ['active']),
      });
      if (!user) throw DomainError.invalid(IdentityError.LinkUnusable, 'token', 'This link can no longer be used.');
      user.passwordHash = passwordHash;
      user.status = 'active';
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      // An account's own write, addressed by the link's user (a platform operator has no facility).
      await em.save(user);
      await this.supersedeTokens(em, user.id);
      await this.auth.revokeAllSessions(em, user.id, 'password_reset');
    });
  }

  private assertRoles(roles: Role[], tenantId: string | null): void {
    if (!isCoherentRoleSet(roles) || roles.includes(Role.PlatformOperator)) {
      throw DomainError.invalid(
        IdentityError.RolesMixed,
        'roles',
        `roles must be staff roles (${STAFF_ROLES.join(', ')}) or tenant roles (${TENANT_ROLES.join(', ')}), not both`,
        { staffRoles: STAFF_ROLES.join(', '), tenantRoles: TENANT_ROLES.join(', ') },
      );
    }
    const tenantRoles = roles.every((r) => TENANT_ROLES.includes(r));
    if (tenantRoles && !tenantId)
      throw DomainError.invalid(
        IdentityError.TenantRequiredForTenantRoles,
        'tenantId',
        'tenantId is required for tenant roles',
      );
    if (!tenantRoles && tenantId)
      throw DomainError.invalid(
        IdentityError.TenantOnlyForTenantRoles,
        'tenantId',
        'tenantId is only for tenant roles',
      );
  }

  private async sendToken(em: EntityManager, user: User, purpose: UserTokenPurpose): Promise<void> {
    const token = randomToken();
    const ttlMs = purpose === 'invitation' ? INVITATION_HOURS * 3_600_000 : RESET_MINUTES * 60_000;
    // Request queries may insert tokens but never read them back (no SELECT grant), hence no RETURNING.
    const tokenId = randomUUID();
    await em.query(
      `INSERT INTO user_tokens (id, user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [tokenId, user.id, purpose, sha256(token), new Date(Date.now() + ttlMs)],
    );
    const path = purpose === 'invitation' ? 'accept-invitation' : 'reset-password';
    const link = `${this.config.APP_URL}/${path}?token=${token}`;
    const locale: Locale = user.locale === 'en' ? 'en' : 'ja';
    const facility = user.facilityId ? await this.facilities.profileOf(em, user.facilityId) : null;
    const message =
      purpose === 'invitation'
        ? invitationMail(locale, {
            name: user.name,
            facilityName: facility?.name ?? 'Tamago',
            link,
            expiresHours: INVITATION_HOURS,
          })
        : passwordResetMail(locale, { name: user.name, link, expiresMinutes: RESET_MINUTES });
    // Through the outbox in this transaction: a rolled-back invitation sends no link to a dead token.
    await this.mail.enqueueIn(
      em,
      { facilityId: user.facilityId, to: user.email, kind: purpose, ...message },
      `${purpose}:${tokenId}`,
    );
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The password, once it meets the policy (InvalidInput naming `password` otherwise). */
function checkedPassword(password: string): string {
  assertPasswordPolicy(password, 'password');
  return password;
}
