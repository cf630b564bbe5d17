import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ColumnPickerProps {
  /** The columns a user may hide, with their headers. */
  options: { id: string; label: string }[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
}

/** 表示する列: checkboxes for the optional columns of a list; the choice lives in the URL and in saved views. */
export function ColumnPicker({ options, hidden, onChange }: ColumnPickerProps) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} aria-hidden />}>
          {t('table.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('table.columnsLabel')}
          value={options.map((o) => o.id).filter((id) => !hidden.includes(id))}
          onChange={(shown) => onChange(options.map((o) => o.id).filter((id) => !shown.includes(id)))}
        >
          <Stack gap="xs" mt="xs">
            {options.map((o) => (
              <Checkbox key={o.id} value={o.id} label={o.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}

/** TanStack Table's visibility state from the hidden ids. */
export function visibilityOf(hidden: string[] | undefined): Record<string, boolean> {
  return Object.fromEntries((hidden ?? []).map((id) => [id, false]));
}
