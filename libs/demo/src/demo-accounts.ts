import { Injectable } from '@nestjs/common';
import {
  BillingRunIssueService,
  BillingRunPreviewService,
  BillingRunService,
  BillingSettingsService,
  ChargeService,
  InvoiceCorrectionService,
  InvoicesService,
  dueDateFor,
  type OpenInvoiceView,
} from '@tamago/billing';
import { addDays, addMonths, corporateNumberCheckDigit, runAt, toHalfWidthKana } from '@tamago/core';
import {
  BankReconciliationService,
  DebitBatchService,
  DebitMandateService,
  DebitSettingsService,
} from '@tamago/payments';
import { DemoContext, DemoTenant, demoRandom, when } from './demo-context';

/** The facility's own registration number: T + a corporate number with its check digit. */
export function demoRegistrationNumber(): string {
  const base = '010405009876';
  return `T${corporateNumberCheckDigit(base)}${base}`;
}

const timings = new Map<string, number>();
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    timings.set(name, (timings.get(name) ?? 0) + Date.now() - started);
  }
}
/** Time spent per phase (printed with DEMO_SEED_TIMINGS). */
export function accountTimings(): Record<string, number> {
  return Object.fromEntries(timings);
}

/** How a demo tenant pays: direct debit, transfer, or the few whose arrears the demo shows. */
type Habit = 'debit' | 'transfer' | 'late' | 'partial' | 'arrears';

const RESULT_CODE_AT = 111; // 振替結果コード in a 120-byte data record
const AMOUNT_AT = 80; // 引落金額, 10 digits

/**
 * The last 12 months of billing and payments, made the way the facility makes them: billing
 * settings complete for qualified invoices; each month a charge or two, a billing run previewed
 * and issued on the 25th for the next month (numbers, due dates, snapshots); direct debits
 * requested on the due date and the bank's result file applied (a few insufficient-funds
 * returns); a bank statement each month imported and matched by sender name, with late and
 * partial transfers matched by hand, tenants in arrears of one to four months, and one credit
 * nobody could place. A few credit notes and one void-and-reissue correct issued invoices.
 */
@Injectable()
export class DemoAccountsSeeder {
  constructor(
    private readonly settings: BillingSettingsService,
    private readonly charges: ChargeService,
    private readonly runs: BillingRunService,
    private readonly preview: BillingRunPreviewService,
    private readonly issue: BillingRunIssueService,
    private readonly invoices: InvoicesService,
    private readonly corrections: InvoiceCorrectionService,
    private readonly debitSettings: DebitSettingsService,
    private readonly mandates: DebitMandateService,
    private readonly batches: DebitBatchService,
    private readonly bank: BankReconciliationService,
  ) {}

  async seed(ctx: DemoContext): Promise<void> {
    const rand = demoRandom(20_260_901);
    const { facilityId, anchor } = ctx;
    const accountant = ctx.staff.accounting;
    const start = addMonths(anchor, -12);
    await runAt(when(addDays(start, 2), '10:00'), () => this.configure(ctx));

    const payers = ctx.tenants.filter((t) => t.status === 'active' && t.lessee);
    const habits = new Map<string, Habit>();
    payers.forEach((t, i) => {
      const habit: Habit =
        i === 3 || i === 17
          ? 'arrears'
          : i % 9 === 5
            ? 'late'
            : i % 13 === 7
              ? 'partial'
              : i % 5 < 2 && t.id !== ctx.loginTenantId
                ? 'debit'
                : 'transfer';
      habits.set(t.id, habit);
    });
    await runAt(when(addDays(start, 3), '14:00'), async () => {
      for (const [n, t] of payers.filter((p) => habits.get(p.id) === 'debit').entries()) {
        await this.mandates.create(facilityId, accountant, {
          tenantId: t.id,
          bankCode: '0138',
          bankName: 'ﾖｺﾊﾏ',
          branchCode: String(100 + (n % 40)).padStart(3, '0'),
          branchName: 'ｼﾝﾖｺﾊﾏ',
          accountType: 'ordinary',
          accountNumber: String(1_200_000 + n * 7).padStart(7, '0'),
          holderName: holderOf(t),
          customerNumber: String(10_000 + n).padStart(20, '0'),
        });
      }
    });

    let lateCredits: { date: string; amount: number; senderName: string }[] = [];
    for (let k = -12; k <= -1; k++) {
      const month = addMonths(anchor, k);
      const period = addMonths(month, 1).slice(0, 7);
      await this.billMonth(ctx, month, period, payers, rand);
      const due = dueDateFor(month.slice(0, 7));
      // Direct debit on the due date of this month's invoices; the bank answers three days later.
      if (due < ctx.today) await timed('debit', () => this.debit(ctx, due, payers, rand));
      // The month's bank statement, imported on the first business morning of the next month.
      const open = await this.invoices.openInvoices(facilityId, null);
      const credits = [...lateCredits.filter((c) => c.date.slice(0, 7) === month.slice(0, 7))];
      lateCredits = lateCredits.filter((c) => c.date.slice(0, 7) !== month.slice(0, 7));
      const partials: { tenantId: string; amount: number; senderName: string; date: string }[] = [];
      for (const t of payers) {
        const habit = habits.get(t.id)!;
        if (habit === 'debit') continue;
        const owed = open.filter((i) => i.tenantId === t.id && i.period === month.slice(0, 7));
        for (const inv of owed) {
          const senderName = senderOf(t);
          if (habit === 'arrears' && k >= -4) continue; // stopped paying four months ago
          if (habit === 'late') {
            lateCredits.push({
              date: addDays(inv.dueDate, 12 + Math.floor(rand() * 30)),
              amount: inv.openAmount,
              senderName,
            });
            continue;
          }
          const date = addDays(inv.dueDate, -Math.floor(rand() * 6));
          if (habit === 'partial' && k % 3 === 0) {
            partials.push({ tenantId: t.id, amount: Math.floor(inv.openAmount * 0.6), senderName, date });
            continue;
          }
          credits.push({ date, amount: inv.openAmount, senderName });
        }
      }
      if (k === -1) credits.push({ date: addDays(addMonths(anchor, 0), -3), amount: 33_000, senderName: 'ﾔﾏﾀﾞ ﾀﾛｳ' });
      const statementDay = addMonths(month, 1);
      const inMonth = credits.filter((c) => c.date < statementDay && c.date < ctx.today);
      lateCredits.push(...credits.filter((c) => !(c.date < statementDay && c.date < ctx.today)));
      const all = [...inMonth, ...partials.filter((p) => p.date < statementDay)].sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
      );
      if (all.length === 0) continue;
      const csv = ['date,amount,senderName', ...all.map((c) => `${c.date},${c.amount},${c.senderName}`)].join('\n');
      const importedAt = statementDay < ctx.today ? statementDay : ctx.today;
      const result = await timed('bank', () =>
        runAt(when(importedAt, '09:15'), () =>
          this.bank.import(facilityId, accountant, Buffer.from(csv, 'utf8'), { format: 'csv' }),
        ),
      );
      // Partial transfers do not match by amount: the accountant applies them to the oldest invoice.
      for (const p of partials) {
        const credit = result.credits.find(
          (c) => c.status === 'unmatched' && c.amount === p.amount && c.senderName === p.senderName,
        );
        if (!credit) continue;
        await runAt(when(importedAt, '11:30'), () =>
          this.bank.match(facilityId, accountant, credit.id, { tenantId: p.tenantId }),
        );
      }
    }
  }

  /** Facility billing and direct-debit settings, complete for 適格請求書 and 口座振替. */
  private async configure(ctx: DemoContext): Promise<void> {
    await this.settings.update(ctx.facilityId, ctx.staff.admin, {
      legalName: '公益財団法人みなと産業振興財団',
      qualifiedInvoiceIssuer: true,
      issuerAddress: '〒222-0033 神奈川県横浜市港北区新横浜2-14-1 みなと創業支援センター',
      issuerPhone: '045-000-1234',
      registrationNumber: demoRegistrationNumber(),
      taxRounding: 'floor',
      bankAccount: {
        bankName: '横浜銀行',
        bankCode: '0138',
        branchName: '新横浜支店',
        branchCode: '371',
        accountType: 'ordinary',
        accountNumber: '1234567',
        accountHolder: 'ｺｳｴｷｻﾞｲﾀﾞﾝﾎｳｼﾞﾝ ﾐﾅﾄｻﾝｷﾞﾖｳｼﾝｺｳｻﾞｲﾀﾞﾝ',
      },
      utilityUnitPrices: [
        { kind: 'electricity', description: '電気料金', unit: 'kWh', unitPrice: 32, taxCategory: 'standard' },
        { kind: 'water', description: '上下水道料金', unit: '㎥', unitPrice: 420, taxCategory: 'standard' },
      ],
    });
    await this.debitSettings.update(ctx.facilityId, ctx.staff.admin, {
      consignorCode: '1234567890',
      consignorName: 'ﾐﾅﾄｻﾝｷﾞﾖｳｼﾝｺｳｻﾞｲﾀﾞﾝ',
      bankCode: '0138',
      bankName: 'ﾖｺﾊﾏ',
      branchCode: '371',
      branchName: 'ｼﾝﾖｺﾊﾏ',
      accountType: 'ordinary',
      accountNumber: '1234567',
      bankFeeTolerance: 880,
    });
  }

  /** One month: charges, the run for next month's period previewed and issued on the 25th, corrections. */
  private async billMonth(
    ctx: DemoContext,
    month: string,
    period: string,
    payers: DemoTenant[],
    rand: () => number,
  ): Promise<void> {
    const { facilityId } = ctx;
    const accountant = ctx.staff.accounting;
    const runDay = addDays(month, 24);
    await runAt(when(addDays(month, 19), '16:00'), async () => {
      for (const t of payers.filter(() => rand() < 0.06)) {
        await this.charges.create(facilityId, accountant, {
          tenantId: t.id,
          period,
          description: rand() < 0.5 ? '会議室利用料' : '駐車場利用料（臨時）',
          quantity: 1 + Math.floor(rand() * 3),
          unitPrice: 5500,
          taxCategory: 'standard',
        });
      }
    });
    await runAt(when(runDay, '10:00'), async () => {
      const run = await this.runs.start(facilityId, accountant, { period });
      await timed('preview', () => this.preview.preview(facilityId, run.id, run.generation));
    });
    await runAt(when(runDay, '15:00'), async () => {
      const run = (await this.runs.list(facilityId, { period, limit: 1, offset: 0 })).items[0];
      await this.runs.issue(facilityId, accountant, run.id, runDay);
      await timed('issue', () => this.issue.issueAll(facilityId, run.id));
    });
    await timed('correct', () => this.correct(ctx, month, period));
  }

  /** Credit notes in three months and one void-and-reissue (a wrong addressee), a few days after issue. */
  private async correct(ctx: DemoContext, month: string, period: string): Promise<void> {
    const k = monthsBetween(ctx.anchor, month);
    if (![-9, -6, -3, -5].includes(k)) return;
    const { facilityId } = ctx;
    const on = addDays(month, 27);
    const issued = (await this.invoices.openInvoices(facilityId, null)).filter((i) => i.period === period);
    const pickOne = (n: number): OpenInvoiceView | undefined => issued[n % Math.max(issued.length, 1)];
    await runAt(when(on, '13:00'), async () => {
      if (k === -5) {
        const target = pickOne(11);
        if (!target) return;
        await this.corrections.void(
          facilityId,
          ctx.staff.accounting,
          target.id,
          '宛名（部署名）の誤りのため取消し、再発行',
        );
        await this.corrections.reissue(facilityId, ctx.staff.accounting, target.id, { issueDate: on });
        return;
      }
      const target = pickOne(k === -9 ? 4 : k === -6 ? 21 : 37);
      if (!target) return;
      const reason =
        k === -9 ? '空調設備故障期間の賃料減額' : k === -6 ? '共益費の過大請求分の返還' : '会議室利用料の二重計上分';
      await this.corrections.creditNote(facilityId, ctx.staff.accounting, target.id, {
        reason,
        lines: [{ description: reason, quantity: 1, unitPrice: k === -9 ? 10_000 : 5_000, taxCategory: 'standard' }],
        issueDate: on,
      });
    });
  }

  /** A direct-debit batch on `debitDate` and the bank's result three days later. */
  private async debit(ctx: DemoContext, debitDate: string, payers: DemoTenant[], rand: () => number): Promise<void> {
    const { facilityId } = ctx;
    const batch = await runAt(when(addDays(debitDate, -5), '10:00'), () =>
      this.batches.create(facilityId, ctx.staff.accounting, debitDate).catch(() => null),
    );
    if (!batch) return;
    const resultOn = addDays(debitDate, 3) < ctx.today ? addDays(debitDate, 3) : ctx.today;
    void payers;
    const { bytes } = await this.batches.file(facilityId, batch.batch.id);
    const file = resultFile(bytes, () => (rand() < 0.05 ? '1' : '0'));
    await runAt(when(resultOn, '09:00'), () =>
      this.batches.importResult(facilityId, ctx.staff.accounting, batch.batch.id, file),
    );
  }
}

/** The bank's result file for a request: the same records with 振替結果コード set and the trailer totals. */
function resultFile(request: Buffer, codeOf: () => string): Buffer {
  const records: Buffer[] = [];
  for (let at = 0; at + 120 <= request.length;) {
    records.push(Buffer.from(request.subarray(at, at + 120)));
    at += 120;
    if (request[at] === 0x0d) at += 2;
  }
  let [okCount, okAmount, ngCount, ngAmount] = [0, 0, 0, 0];
  for (const r of records) {
    if (r[0] !== 0x32) continue; // data records ("2")
    const code = codeOf();
    r.write(code, RESULT_CODE_AT, 'ascii');
    const amount = Number(r.toString('ascii', AMOUNT_AT, AMOUNT_AT + 10));
    if (code === '0') [okCount, okAmount] = [okCount + 1, okAmount + amount];
    else [ngCount, ngAmount] = [ngCount + 1, ngAmount + amount];
  }
  const trailer = records.find((r) => r[0] === 0x38);
  if (trailer) {
    const digits = (n: number, w: number) => String(n).padStart(w, '0');
    trailer.write(digits(okCount, 6) + digits(okAmount, 12) + digits(ngCount, 6) + digits(ngAmount, 12), 19, 'ascii');
  }
  return Buffer.concat(records.flatMap((r) => [r, Buffer.from('\r\n')]));
}

function monthsBetween(anchor: string, month: string): number {
  const [ay, am] = anchor.split('-').map(Number);
  const [my, mm] = month.split('-').map(Number);
  return (my - ay) * 12 + (mm - am);
}

/** The account holder as the bank spells it (half-width kana; ｶ) for a company). */
function holderOf(t: DemoTenant): string {
  const kana = toHalfWidthKana(t.nameKana.replace(/\s+/g, ' '));
  return (t.name.startsWith('株式会社') ? `ｶ)${kana}` : kana).slice(0, 30);
}

/** How a transfer's sender reads on the statement. */
function senderOf(t: DemoTenant): string {
  const kana = toHalfWidthKana(t.nameKana.replace(/\s+/g, ' '));
  return t.name.startsWith('株式会社') ? `${kana}(ｶ` : kana;
}
