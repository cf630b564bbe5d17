import { ActionIcon, Alert, Button, Group, Menu, Popover, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { useSavedViews, type SavedViewList } from '@/lib/api/saved-views';
import { errorMessage, fieldMessage } from '@/lib/forms/api-errors';

interface SavedViewsMenuProps<S extends Record<string, unknown>> {
  list: SavedViewList;
  /** The list's current search state (filters, sort, hidden columns); the page is not saved. */
  search: S;
  /** Column ids shown now, saved with the view for the server's record. */
  columns: string[];
  onApply: (search: S) => void;
}

/** Saved views of a list, kept per user on the server: apply one, save the current one by name, delete. */
export function SavedViewsMenu<S extends Record<string, unknown>>({
  list,
  search,
  columns,
  onApply,
}: SavedViewsMenuProps<S>) {
  const { t } = useTranslation(['common', 'errors']);
  const { views, save, remove } = useSavedViews(list);
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const failure = save.error;
  const handleSave = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const { page: _page, ...rest } = search;
    save.mutate(
      { name: trimmed, search: rest, columns },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('views.saved', { name: trimmed }),
            closeButtonProps: { 'aria-label': t('actions.close') },
          });
          setName('');
          setOpen(false);
        },
      },
    );
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
            <Group key={v.id} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => onApply(v.search as S)}>{v.name}</Menu.Item>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('views.delete', { name: v.name })}
                onClick={() => remove.mutate(v.id)}
              >
                <IconTrash size={14} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Popover opened={open} onChange={setOpen} trapFocus position="bottom-end" withArrow>
        <Popover.Target>
          <Button variant="default" onClick={() => setOpen((o) => !o)}>
            {t('views.save')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" w={260}>
            <TextInput
              label={t('views.name')}
              maxLength={60}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && handleSave()}
              error={isApiError(failure) && failure.fieldErrors.name ? fieldMessage(t, failure.fieldErrors.name) : null}
            />
            {failure && !(isApiError(failure) && failure.fieldErrors.name) && (
              <Alert color="red" role="alert" p="xs">
                {errorMessage(t, isApiError(failure) ? failure.code : 'network', failure.message)}
              </Alert>
            )}
            <Button size="xs" onClick={handleSave} loading={save.isPending} disabled={!name.trim()}>
              {t('actions.save')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
