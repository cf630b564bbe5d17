import 'i18next';
import type { ja } from './i18n-resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof ja;
  }
}
