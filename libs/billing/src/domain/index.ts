export { type Yen, requireYen, sumYen } from './money';
export {
  type Period,
  type PeriodParts,
  daysInPeriod,
  fiscalYearOfPeriod,
  nextPeriod,
  parsePeriod,
  periodEnd,
  periodOf,
  periodsOfFiscalYear,
  periodStart,
  previousPeriod,
} from './period';
export {
  type InvoiceTotals,
  type TaxCategory,
  type TaxLine,
  type TaxRounding,
  type TaxSummaryEntry,
  TAX_CATEGORIES,
  TAX_RATE_PERCENT,
  TAX_ROUNDINGS,
  categoryTax,
  invoiceTotals,
  summarizeTax,
  taxIncludedIn,
  taxOn,
} from './tax';
export { type IssuerSettings, type IssuingProblem, documentTitle, issuingProblems } from './issuing-guard';
export { type ChargeableSpan, chargeablePeriod, prorate } from './proration';
export {
  type BusinessDayAdjustment,
  type DueDateRule,
  DEFAULT_DUE_DATE_RULE,
  addBankBusinessDays,
  adjustToBusinessDay,
  dueDateFor,
  isBankBusinessDay,
} from './due-date';
export { type CreditRequest, type CreditRoom, creditNoteTax, creditRoom } from './credit-note';
