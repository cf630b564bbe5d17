export * from './survey-period';
