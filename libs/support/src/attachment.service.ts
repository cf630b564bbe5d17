import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { TransactionRunner, removeScoped } from '@tamago/database';
import { Attachment, MAX_ATTACHMENT_BYTES } from './attachment.entity';
import { SubsidyApplicationService } from './subsidy-application.service';
import { FileUpload } from './support-input';
import { SupportError } from './errors';

const OWNER = 'subsidy_application';
const PURPOSE = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * What evidence may be: PDF, photos and scans (not SVG, which is a script-capable document),
 * office documents, CSV/text and ZIP. HTML, SVG, XML and scripts are refused: served back from
 * our origin they would run as our pages.
 */
export const ATTACHMENT_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/tiff',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/csv',
  'text/plain',
  'application/zip',
  'application/x-zip-compressed',
];

/** The media type a stored file is served with: its own when allowed, else opaque bytes. */
export function servedContentType(contentType: string): string {
  return ATTACHMENT_TYPES.includes(contentType.toLowerCase()) ? contentType : 'application/octet-stream';
}

/** Evidence files of subsidy cases, stored in PostgreSQL; tenant users reach only their own cases. */
@Injectable()
export class AttachmentService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly cases: SubsidyApplicationService,
  ) {}

  /** Stores a file (at most 10 MB) for a case, with its SHA-256. */
  async upload(
    facilityId: string,
    actorId: string,
    applicationId: string,
    ownTenantId: string | null,
    file: FileUpload,
  ): Promise<Attachment> {
    if (!PURPOSE.test(file.purpose ?? '')) {
      throw DomainError.invalid(
        SupportError.PurposeUnknown,
        'purpose',
        'purpose must name the checklist item, e.g. quotes or invoice.',
      );
    }
    if (file.data.length === 0) throw DomainError.invalid(SupportError.FileEmpty, 'file', 'The file is empty.');
    if (file.data.length > MAX_ATTACHMENT_BYTES)
      throw DomainError.invalid(SupportError.FileTooLarge, 'file', 'A file can be at most 10 MB.');
    const contentType = file.contentType.split(';')[0].trim().toLowerCase();
    if (!ATTACHMENT_TYPES.includes(contentType)) {
      throw DomainError.invalid(
        SupportError.FileTypeRejected,
        'file',
        `Files of type ${contentType || 'unknown'} are not accepted: send a PDF, an image (not SVG), an office document, CSV, text or ZIP.`,
        { allowed: ATTACHMENT_TYPES, contentType: contentType || 'unknown' },
        'oneOf',
      );
    }
    const filename = file.filename.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 255) || 'file';
    const id = await this.tx.inFacility(
      facilityId,
      async (em) => {
        await this.cases.load(em, facilityId, applicationId, ownTenantId);
        const row = em.create(Attachment, {
          facilityId,
          ownerType: OWNER,
          ownerId: applicationId,
          purpose: file.purpose,
          filename,
          contentType,
          sizeBytes: file.data.length,
          sha256: createHash('sha256').update(file.data).digest('hex'),
          data: file.data,
          uploadedBy: actorId,
        });
        await em.save(row);
        return row.id;
      },
      actorId,
    );
    return this.meta(facilityId, applicationId, id, ownTenantId);
  }

  /** The files of a case (metadata only). */
  list(facilityId: string, applicationId: string, ownTenantId: string | null): Promise<Attachment[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      await this.cases.load(em, facilityId, applicationId, ownTenantId);
      return em.find(Attachment, {
        where: { facilityId, ownerType: OWNER, ownerId: applicationId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
    });
  }

  /** One file's metadata. */
  meta(facilityId: string, applicationId: string, id: string, ownTenantId: string | null): Promise<Attachment> {
    return this.tx.inFacility(facilityId, async (em) => {
      await this.cases.load(em, facilityId, applicationId, ownTenantId);
      const row = await em.findOneBy(Attachment, { facilityId, ownerType: OWNER, ownerId: applicationId, id });
      if (!row) throw DomainError.notFound(SupportError.AttachmentNotFound, 'Attachment', id);
      return row;
    });
  }

  /** One file with its content. */
  download(facilityId: string, applicationId: string, id: string, ownTenantId: string | null): Promise<Attachment> {
    return this.tx.inFacility(facilityId, async (em) => {
      await this.cases.load(em, facilityId, applicationId, ownTenantId);
      const row = await em
        .createQueryBuilder(Attachment, 'f')
        .addSelect('f.data')
        .where('f.facility_id = :facilityId AND f.owner_type = :owner AND f.owner_id = :applicationId AND f.id = :id', {
          facilityId,
          owner: OWNER,
          applicationId,
          id,
        })
        .getOne();
      if (!row) throw DomainError.notFound(SupportError.AttachmentNotFound, 'Attachment', id);
      return row;
    });
  }

  /** Deletes a file of a case. */
  async remove(facilityId: string, actorId: string, applicationId: string, id: string): Promise<void> {
    await this.tx.inFacility(
      facilityId,
      async (em) => {
        await this.cases.load(em, facilityId, applicationId, null);
        const row = await em.findOneBy(Attachment, { facilityId, ownerType: OWNER, ownerId: applicationId, id });
        if (!row) throw DomainError.notFound(SupportError.AttachmentNotFound, 'Attachment', id);
        await removeScoped(em, facilityId, row);
      },
      actorId,
    );
  }
}
