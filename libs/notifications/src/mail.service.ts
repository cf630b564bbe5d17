import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@tamago/config';
import { SendEmailPayload } from '@tamago/jobs';

/**
 * Sends mail over SMTP. Without SMTP_URL (local development only; production refuses to
 * start without it) the message is written to the log instead, so links can be followed.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    // Pooled: the mail queue's concurrent jobs reuse a few open SMTP connections instead of a
    // connection, greeting and QUIT per mail (closed on shutdown below).
    this.transport = config.SMTP_URL
      ? createTransport({ url: config.SMTP_URL, pool: true, maxConnections: 5 })
      : createTransport({ jsonTransport: true });
  }

  /** Delivers one rendered message; throws on SMTP failure so the job is retried. */
  async send(mail: SendEmailPayload): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // Base64 rather than quoted-printable: Japanese text is a third of the bytes on the wire and the
      // encoding is native (QP, in JavaScript, was the largest CPU cost of a mail in the bench profile).
      textEncoding: 'base64',
      // A notification's Message-ID is stable, so a resend after a crash is recognisable as the same mail.
      ...(mail.deliveryKey ? { messageId: `<${mail.deliveryKey}@notifications.tamago>` } : {}),
      attachments: mail.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.contentBase64, 'base64'),
      })),
    });
    if (!this.config.SMTP_URL)
      this.logger.log({ msg: 'mail (no SMTP_URL set)', to: mail.to, subject: mail.subject, text: mail.text });
    return String(info.messageId);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
