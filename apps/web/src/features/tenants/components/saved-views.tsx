import { ActionIcon, Button, Group, Menu, Popover, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantSearch } from '../api/tenant-search';
import { useSavedViews } from '../hooks/use-saved-views';

interface SavedViewsProps {
  userId: string;
  search: TenantSearch;
  onApply: (search: TenantSearch) => void;
}

export function SavedViews({ userId, search, onApply }: SavedViewsProps) {
  const { t } = useTranslation(['tenants', 'common']);
  const { views, save, remove } = useSavedViews(userId);
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const handleSave = () => {
    if (!name.trim()) return;
    save(name.trim(), search);
    notifications.show({ color: 'teal', message: t('views.saved', { name: name.trim() }) });
    setName('');
    setOpen(false);
  };
  return (
    <Group gap="xs">
      <Menu>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />}>
            {t('views.label')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.length === 0 && <Menu.Label>{t('views.none')}</Menu.Label>}
          {views.map((v) => (
            <Group key={v.name} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => onApply(v.search)}>{v.name}</Menu.Item>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('views.delete', { name: v.name })}
                onClick={() => remove(v.name)}
              >
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Popover opened={open} onChange={setOpen} trapFocus position="bottom-end" withArrow>
        <Popover.Target>
          <Button variant="subtle" onClick={() => setOpen((o) => !o)}>
            {t('views.save')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <TextInput label={t('views.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Button size="xs" onClick={handleSave}>
              {t('common:actions.save')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
