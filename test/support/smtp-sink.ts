import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** An in-process SMTP server that keeps what arrives, for tests that read real mail. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  /** Recipients refused permanently (550 at RCPT TO), as a server that knows no such mailbox. */
  readonly refused = new Set<string>();
  /** Recipients refused for now (451 at RCPT TO), as a greylisting or full mailbox. */
  readonly deferred = new Set<string>();
  /** RCPT TO attempts per address (lower case), refused ones included. */
  readonly attempts = new Map<string, number>();
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      const to = address.address.toLowerCase();
      this.attempts.set(to, (this.attempts.get(to) ?? 0) + 1);
      if (this.refused.has(to)) return callback(Object.assign(new Error('no such mailbox'), { responseCode: 550 }));
      if (this.deferred.has(to)) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      callback();
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          this.messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });

  /** Starts on a free port and returns its smtp:// URL. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Waits (bounded polling) for a message to `to`, optionally matching its subject. */
  async waitFor(to: string, subject?: RegExp, timeoutMs = 15_000): Promise<ParsedMail> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.messages.find(
        (m) =>
          JSON.stringify(m.to).toLowerCase().includes(to.toLowerCase()) && (!subject || subject.test(m.subject ?? '')),
      );
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no mail to ${to} within ${timeoutMs} ms (got ${this.messages.length})`);
  }
}
