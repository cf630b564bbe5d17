import { DateInput, type DateInputProps } from '@mantine/dates';
// The Japanese month and day names for the pickers (DatesProvider names the locale; only date fields need it).
import 'dayjs/locale/ja';
import { useTranslation } from 'react-i18next';

/** Accepts 2027-01-16, 2027/1/16 and 2027年1月16日 as typed; null when it is not a real date. */
export function parseTypedDate(value: string): string | null {
  const m = /^\s*(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})\s*日?\s*$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A business date as YYYY-MM-DD, shown as 2027年1月16日 or 2027-01-16 by language; typing works too. */
export function DateField(props: DateInputProps) {
  const { t, i18n } = useTranslation();
  return (
    <DateInput
      valueFormat={i18n.language === 'en' ? 'YYYY-MM-DD' : 'YYYY年M月D日'}
      locale={i18n.language === 'en' ? 'en' : 'ja'}
      dateParser={parseTypedDate}
      clearable={!props.required}
      clearButtonProps={{ 'aria-label': t('actions.clear') }}
      {...props}
    />
  );
}
