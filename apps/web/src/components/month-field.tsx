import { MonthPickerInput, type MonthPickerInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

type MonthFieldProps = Omit<MonthPickerInputProps, 'value' | 'onChange' | 'type'> & {
  /** YYYY-MM, or '' / null for none. */
  value: string | null | undefined;
  onChange: (period: string | null) => void;
};

/** A month (YYYY-MM) shown as 2027年1月 or 2027-01 by language, never the browser's own mm/yyyy. */
export function MonthField({ value, onChange, ...props }: MonthFieldProps) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <MonthPickerInput
      valueFormat={en ? 'YYYY-MM' : 'YYYY年M月'}
      locale={en ? 'en' : 'ja'}
      monthsListFormat={en ? 'MMM' : 'M月'}
      yearLabelFormat={en ? 'YYYY' : 'YYYY年'}
      value={value ? `${value}-01` : null}
      onChange={(v) => onChange(v ? String(v).slice(0, 7) : null)}
      clearable={!props.required}
      clearButtonProps={{ 'aria-label': t('actions.clear') }}
      {...props}
    />
  );
}
