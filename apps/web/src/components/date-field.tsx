import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

/** A business date as YYYY-MM-DD, shown as 2027年1月16日 or 2027-01-16 by language. */
export function DateField(props: DateInputProps) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      valueFormat={i18n.language === 'en' ? 'YYYY-MM-DD' : 'YYYY年M月D日'}
      locale={i18n.language === 'en' ? 'en' : 'ja'}
      clearable={!props.required}
      {...props}
    />
  );
}
