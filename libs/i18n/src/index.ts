// Shared by the API, mails and PDFs, and importable by the web app: no Nest or Node imports here.
export * from './codes';
export * from './translator';
export { ja } from './locales/ja';
export { en } from './locales/en';
export type { Catalogue } from './locales/catalogue';
export { JA_STATE_NAMES, localiseStateParams } from './state-labels';
