import { NumberInput, type NumberInputProps } from '@mantine/core';

/** Integer yen: no decimals, thousands separators, ¥ prefix. */
export function YenInput(props: NumberInputProps) {
  return <NumberInput allowDecimal={false} allowNegative={false} thousandSeparator="," prefix="¥" min={0} {...props} />;
}
