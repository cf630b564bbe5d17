import { MonthPickerInput, type MonthPickerInputProps } from '@mantine/dates';
import 'dayjs/locale/ja';
import { useTranslation } from 'react-i18next';

type MonthFieldProps = Omit<MonthPickerInputProps, 'value' | 'defaultValue' | 'onChange' | 'type'> & {
  /** YYYY-MM, or '' / null for none; undefined leaves the field uncontrolled (Mantine form's uncontrolled mode). */
  value?: string | null;
  defaultValue?: string | null;
  onChange?: (period: string | null) => void;
};

const toDay = (period: string | null | undefined) =>
  period === undefined ? undefined : period ? `${period}-01` : null;

/** A month (YYYY-MM) shown as 2027年1月 or 2027-01 by language, never the browser's own mm/yyyy. */
export function MonthField({ value, defaultValue, onChange, ...props }: MonthFieldProps) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <MonthPickerInput
      valueFormat={en ? 'YYYY-MM' : 'YYYY年M月'}
      locale={en ? 'en' : 'ja'}
      monthsListFormat={en ? 'MMM' : 'M月'}
      yearLabelFormat={en ? 'YYYY' : 'YYYY年'}
      value={toDay(value)}
      defaultValue={toDay(defaultValue)}
      onChange={(v) => onChange?.(v ? String(v).slice(0, 7) : null)}
      clearable={!props.required}
      clearButtonProps={{ 'aria-label': t('actions.clear') }}
      {...props}
    />
  );
}
