// Referral and improvement-plan rules: partners' own (once in libs/support).
export * from './improvement-plan';
export * from './referral-status';
