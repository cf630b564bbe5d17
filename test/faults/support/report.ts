import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Counts what a fault-suite file injected and what its checks found lost or doubled, and prints
 * one line at the end (the README's Reliability section quotes the last run). Each file also
 * leaves its counts in $TMPDIR/tamago-faults/<file>.json.
 */
export class FaultCounter {
  private readonly injected: string[] = [];
  private lost = 0;
  private doubled = 0;
  private verified = 0;

  constructor(private readonly file: string) {}

  inject(what: string): void {
    this.injected.push(what);
  }

  /** Records a case's checks once its assertions passed. */
  verify(found: { lost: number; doubled: number }): void {
    this.verified += 1;
    this.lost += found.lost;
    this.doubled += found.doubled;
  }

  write(): void {
    const summary = {
      file: this.file,
      faultsInjected: this.injected.length,
      casesVerified: this.verified,
      lost: this.lost,
      doubled: this.doubled,
      faults: this.injected,
    };
    const dir = join(tmpdir(), 'tamago-faults');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${this.file}.json`), JSON.stringify(summary, null, 2));
    console.log(
      `faults/${this.file}: ${summary.faultsInjected} faults injected, ${summary.casesVerified} cases verified, ` +
        `${summary.lost} lost, ${summary.doubled} doubled`,
    );
  }
}
