import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Schema } from '@tamago/api-client';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { api, unwrap } from '@/lib/api/client';
import { errorMessage } from '@/lib/forms/api-errors';
import { FormDialog } from './form-dialog';
import { useReturnFocus } from './use-return-focus';

type RoomType = Schema<'RoomTypeDto'>;

// The keys leasing's queries use, so the rooms screen sees a change made here (and the reverse).
const ROOM_TYPES_KEY = ['leasing', 'room-types'] as const;
const SPACES_KEY = ['leasing', 'spaces'] as const;
const roomTypesQuery = () =>
  queryOptions({ queryKey: ROOM_TYPES_KEY, queryFn: () => unwrap(api.GET('/api/v1/room-types')) });

/** Shared by the rooms screen and the settings. The facility's room types (個室, ブース, ラボ…); a facility admin adds, renames and removes them. */
export function RoomTypesTable({ canWrite = false }: { canWrite?: boolean }) {
  const { t, i18n } = useTranslation(['leasing', 'common', 'errors']);
  const types = useQuery(roomTypesQuery());
  const [editing, setEditing] = useState<RoomType | 'new' | null>(null);
  const [removing, setRemoving] = useState<RoomType | null>(null);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/room-types/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ROOM_TYPES_KEY });
      notifications.show({
        color: 'teal',
        message: t('leasing:roomTypes.deleted'),
        closeButtonProps: { 'aria-label': t('common:actions.close') },
      });
      setRemoving(null);
    },
  });
  const items = types.data?.items ?? [];
  return (
    <Stack gap="sm">
      {canWrite && (
        <Group justify="flex-end">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            {t('leasing:roomTypes.add')}
          </Button>
        </Group>
      )}
      <Paper withBorder radius="md">
        <Table striped>
          <caption className="visually-hidden">{t('leasing:tabs.roomTypes')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('leasing:roomTypes.code')}</Table.Th>
              <Table.Th>{t('leasing:roomTypes.nameJa')}</Table.Th>
              <Table.Th>{t('leasing:roomTypes.nameEn')}</Table.Th>
              {canWrite && (
                <Table.Th>
                  <span className="visually-hidden">{t('leasing:roomTypes.actions')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((rt) => (
              <Table.Tr key={rt.id}>
                <Table.Td>{rt.code}</Table.Td>
                <Table.Td>{rt.nameJa}</Table.Td>
                <Table.Td>{rt.nameEn}</Table.Td>
                {canWrite && (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        aria-label={t('leasing:roomTypes.editFor', { name: rt.nameJa })}
                        onClick={() => setEditing(rt)}
                      >
                        {t('leasing:roomTypes.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} aria-hidden />}
                        aria-label={t('leasing:roomTypes.deleteFor', { name: rt.nameJa })}
                        onClick={() => {
                          remove.reset();
                          setRemoving(rt);
                        }}
                      >
                        {t('leasing:roomTypes.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={canWrite ? 4 : 3}>
                  <Text c="dimmed" ta="center" size="sm" py="sm">
                    {types.isLoading ? t('common:states.loading') : t('common:states.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      {editing && <RoomTypeDialog roomType={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <RemoveDialog onClose={() => setRemoving(null)} title={t('leasing:roomTypes.deleteTitle')}>
          <Stack>
            <Text size="sm">{t('leasing:roomTypes.deleteExplain', { name: nameOf(removing, i18n.language) })}</Text>
            {remove.error && (
              <Alert color="red" role="alert">
                {errorMessage(t, isApiError(remove.error) ? remove.error.code : 'network', remove.error.message)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t('common:actions.cancel')}
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(removing.id)}>
                {t('leasing:roomTypes.delete')}
              </Button>
            </Group>
          </Stack>
        </RemoveDialog>
      )}
    </Stack>
  );
}

/** A room type's name in the reader's language. */
function nameOf(roomType: RoomType, language: string): string {
  return language.startsWith('en') ? roomType.nameEn : roomType.nameJa;
}

/** The confirmation before a room type is removed; focus goes back to its row's button afterwards. */
function RemoveDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  useReturnFocus();
  return (
    <Modal opened onClose={onClose} title={title}>
      {children}
    </Modal>
  );
}

/** Adds a room type, or renames one (its code is fixed: spaces and CSV files refer to it). */
function RoomTypeDialog({ roomType, onClose }: { roomType: RoomType | null; onClose: () => void }) {
  const { t, i18n } = useTranslation(['leasing', 'common', 'errors']);
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { code: roomType?.code ?? '', nameJa: roomType?.nameJa ?? '', nameEn: roomType?.nameEn ?? '' },
    validate: {
      code: (v) => (roomType || /^[a-z0-9_-]{1,32}$/.test(v) ? null : t('leasing:roomTypes.codeRule')),
      nameJa: (v) => (v.trim() ? null : t('errors:codes.required')),
      nameEn: (v) => (v.trim() ? null : t('errors:codes.required')),
    },
  });
  const save = useMutation({
    mutationFn: (v: { code: string; nameJa: string; nameEn: string }) =>
      roomType
        ? unwrap(
            api.PATCH('/api/v1/room-types/{id}', {
              params: { path: { id: roomType.id } },
              body: { nameJa: v.nameJa, nameEn: v.nameEn },
            }),
          )
        : unwrap(api.POST('/api/v1/room-types', { body: v })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ROOM_TYPES_KEY });
      void queryClient.invalidateQueries({ queryKey: SPACES_KEY });
    },
  });
  const handleSubmit = async (v: { code: string; nameJa: string; nameEn: string }) => {
    const rt = await save.mutateAsync(v);
    notifications.show({
      color: 'teal',
      message: t('leasing:roomTypes.saved', { name: nameOf(rt, i18n.language) }),
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={roomType ? t('leasing:roomTypes.editTitle') : t('leasing:roomTypes.addTitle')}
      form={form}
      fields={['code', 'nameJa', 'nameEn']}
      onSubmit={handleSubmit}
      submitLabel={t('common:actions.save')}
    >
      <TextInput
        label={t('leasing:roomTypes.code')}
        description={roomType ? t('leasing:roomTypes.codeFixed') : t('leasing:roomTypes.codeRule')}
        required={!roomType}
        disabled={!!roomType}
        maxLength={32}
        key={form.key('code')}
        {...form.getInputProps('code')}
      />
      <TextInput
        label={t('leasing:roomTypes.nameJa')}
        required
        maxLength={100}
        key={form.key('nameJa')}
        {...form.getInputProps('nameJa')}
      />
      <TextInput
        label={t('leasing:roomTypes.nameEn')}
        required
        maxLength={100}
        key={form.key('nameEn')}
        {...form.getInputProps('nameEn')}
      />
    </FormDialog>
  );
}
