// The formats of a Japanese bank account as Zengin files carry them; every DTO that takes one uses these.

/** 金融機関コード: 4 digits. */
export const BANK_CODE_PATTERN = /^\d{4}$/;
export const BANK_CODE_MESSAGE = 'bankCode must be 4 digits';

/** 支店コード: 3 digits. */
export const BRANCH_CODE_PATTERN = /^\d{3}$/;
export const BRANCH_CODE_MESSAGE = 'branchCode must be 3 digits';

/** 口座番号: 7 digits. */
export const ACCOUNT_NUMBER_PATTERN = /^\d{7}$/;
export const ACCOUNT_NUMBER_MESSAGE = 'accountNumber must be 7 digits';

/** 預金者名 in a direct-debit record: at most 30 half-width kana. */
export const HOLDER_NAME_MAX_LENGTH = 30;
