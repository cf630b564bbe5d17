import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@tamago/core';
import { TransactionRunner, queryRows, saveScoped } from '@tamago/database';
import { ApiKey } from './api-key.entity';
import { MeteringError } from './errors';

const KEY_PREFIX = 'tmg_';
const KEY_SHAPE = /^tmg_[A-Za-z0-9_-]{43}$/;

/** The device a key authenticates: its facility and the key's id. */
export interface DeviceIdentity {
  facilityId: string;
  apiKeyId: string;
}

/** Per-facility API keys for devices: created and revoked by the facility, checked by hash. */
@Injectable()
export class ApiKeyService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Creates a key; the returned `secret` is the only time the key is ever shown. */
  async create(facilityId: string, actorId: string, name: string): Promise<{ key: ApiKey; secret: string }> {
    const secret = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const key = await this.tx.inFacility(
      facilityId,
      (em) =>
        em.save(
          em.create(ApiKey, {
            facilityId,
            name: name.trim(),
            prefix: secret.slice(0, 12),
            keyHash: sha256(secret),
            createdBy: actorId,
            lastUsedAt: null,
            revokedAt: null,
          }),
        ),
      actorId,
    );
    return { key, secret };
  }

  /** The facility's keys (revoked ones too, for the record), newest first. */
  list(facilityId: string): Promise<ApiKey[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(ApiKey, { where: { facilityId }, order: { createdAt: 'DESC', id: 'ASC' } }),
    );
  }

  /** Revokes a key: from now on it opens nothing. Revoking twice is harmless. */
  async revoke(facilityId: string, actorId: string, id: string): Promise<void> {
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        const key = await em.findOneBy(ApiKey, { facilityId, id });
        if (!key) throw DomainError.notFound(MeteringError.ApiKeyNotFound, 'API key', id);
        if (key.revokedAt) return;
        key.revokedAt = new Date();
        await saveScoped(em, facilityId, key);
      },
      actorId,
    );
  }

  /**
   * The facility of a presented key. The look-up runs across facilities (the key is what tells
   * us the facility, as an email does at login); missing, unknown and revoked keys are all 401.
   */
  async authenticate(presented: string | undefined): Promise<DeviceIdentity> {
    if (!presented || !KEY_SHAPE.test(presented)) throw unauthenticated();
    const [row] = await this.tx.asSystem((em) =>
      queryRows<{ id: string; facility_id: string }>(
        em,
        'SELECT id, facility_id FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
        [sha256(presented)],
      ),
    );
    if (!row) throw unauthenticated();
    return { facilityId: row.facility_id, apiKeyId: row.id };
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function unauthenticated(): DomainError {
  return new DomainError(
    ErrorCode.Unauthenticated,
    MeteringError.DeviceKeyInvalid,
    'Send a valid, unrevoked device key in the X-Api-Key header.',
  );
}
