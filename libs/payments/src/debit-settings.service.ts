import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, toHalfWidthKana } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { DebitSettings, JournalAccounts } from './entities/debit-settings.entity';
import { PaymentsError } from './errors';

/** Journal account names used when a facility has not chosen its own. */
export const DEFAULT_JOURNAL_ACCOUNTS: JournalAccounts = {
  receivable: '売掛金',
  rent: '賃貸料収入',
  commonAreaFee: '共益費収入',
  utility: '水道光熱費収入',
  deposit: '預り保証金',
  reimbursement: '立替金',
  restoration: '雑収入',
  depositAmortization: '雑収入',
  otherIncome: '雑収入',
  bank: '普通預金',
  cash: '現金',
  taxReceived: '仮受消費税',
  bankFee: '支払手数料',
  salesDiscount: '売上値引',
  advanceReceived: '前受金',
};

export const DEFAULT_DUNNING_DAYS: [number, number, number] = [7, 21, 45];

export type DebitSettingsPatch = Partial<
  Pick<
    DebitSettings,
    | 'consignorCode'
    | 'consignorName'
    | 'bankCode'
    | 'bankName'
    | 'branchCode'
    | 'branchName'
    | 'accountType'
    | 'accountNumber'
    | 'dunningDays'
    | 'bankFeeTolerance'
    | 'journalAccounts'
    | 'revenueRecognition'
    | 'transferFeeTreatment'
  >
>;

/** The facility's receivables settings (one row, defaults until first saved). */
@Injectable()
export class DebitSettingsService {
  constructor(private readonly tx: TransactionRunner) {}

  /** The settings, or the defaults when none were saved. */
  get(facilityId: string): Promise<DebitSettings> {
    return this.tx.inFacility(facilityId, (em) => this.getIn(em, facilityId));
  }

  /** Same, inside the caller's transaction. */
  async getIn(em: EntityManager, facilityId: string): Promise<DebitSettings> {
    const found = await em.findOneBy(DebitSettings, { facilityId });
    return found ?? defaults(facilityId);
  }

  /** Changes the settings; names are stored as Zengin half-width kana. */
  update(facilityId: string, actorId: string, patch: DebitSettingsPatch): Promise<DebitSettings> {
    const clean = { ...patch };
    if (clean.consignorName) clean.consignorName = zengin(clean.consignorName, 'consignorName', 40);
    if (clean.bankName) clean.bankName = zengin(clean.bankName, 'bankName', 15);
    if (clean.branchName) clean.branchName = zengin(clean.branchName, 'branchName', 15);
    if (clean.dunningDays) checkDunningDays(clean.dunningDays);
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const current = await this.getIn(em, facilityId);
        const journalAccounts = clean.journalAccounts
          ? { ...current.journalAccounts, ...clean.journalAccounts }
          : current.journalAccounts;
        // Keyed by facility_id: the UPDATE (or first INSERT) names the facility by its key.
        return em.save(DebitSettings, Object.assign(current, clean, { journalAccounts }));
      },
      actorId,
    );
  }
}

/** Journal account names with the facility's overrides applied. */
export function journalAccountsOf(settings: DebitSettings): JournalAccounts {
  return { ...DEFAULT_JOURNAL_ACCOUNTS, ...settings.journalAccounts };
}

function defaults(facilityId: string): DebitSettings {
  return Object.assign(new DebitSettings(), {
    facilityId,
    consignorCode: null,
    consignorName: null,
    bankCode: null,
    bankName: null,
    branchCode: null,
    branchName: null,
    accountType: null,
    accountNumber: null,
    dunningDays: [...DEFAULT_DUNNING_DAYS],
    bankFeeTolerance: 0,
    journalAccounts: {},
    revenueRecognition: 'service_period',
    transferFeeTreatment: 'bank_fee',
  });
}

function zengin(value: string, field: string, max: number): string {
  const half = toHalfWidthKana(value, field);
  if (half.length > max)
    throw DomainError.invalid(
      PaymentsError.TooManyHalfWidth,
      field,
      `${field} is at most ${max} half-width characters.`,
      { field, max },
    );
  return half;
}

function checkDunningDays(days: number[]): void {
  const ok =
    days.length === 3 && days.every((d, i) => Number.isSafeInteger(d) && d > 0 && (i === 0 || d > days[i - 1]));
  if (!ok)
    throw DomainError.invalid(
      PaymentsError.DunningDaysInvalid,
      'dunningDays',
      'dunningDays must be three increasing whole numbers above 0.',
    );
}
