import { Button, Group, Menu, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconPlus, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ColumnPicker } from '@/components/table/column-picker';
import { SavedViewsMenu } from '@/components/table/saved-views-menu';
import { exportTenants } from '../api/export-tenants';
import { tenantQueries } from '../api/tenant-queries';
import { TENANT_PAGE_SIZE, toListParams, type TenantSearch } from '../api/tenant-search';
import { CreateTenantDialog } from '../components/create-tenant-dialog';
import { ImportTenantsDialog } from '../components/import-tenants-dialog';
import { TenantFilters } from '../components/tenant-filters';
import { TenantTable } from '../components/tenant-table';

const TENANT_COLUMNS = ['name', 'kind', 'status', 'enteredOn', 'representative', 'tags'] as const;
/** The name always shows: it is the row's link. */
const TENANT_OPTIONAL_COLUMNS = TENANT_COLUMNS.filter((id) => id !== 'name');

interface TenantsPageProps {
  search: TenantSearch;
  canWrite: boolean;
  userId: string;
}

export function TenantsPage({ search, canWrite }: TenantsPageProps) {
  const { t } = useTranslation('tenants');
  const navigate = useNavigate({ from: '/tenants/' });
  const params = toListParams(search);
  const list = useQuery(tenantQueries.list(params));
  const [creating, createDialog] = useDisclosure();
  const [importing, importDialog] = useDisclosure();
  const handleChange = (patch: Partial<TenantSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const actions = (
    <>
      <Menu>
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            {t('actions.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportTenants('csv', params)}>{t('actions.exportCsv')}</Menu.Item>
          <Menu.Item onClick={() => void exportTenants('xlsx', params)}>{t('actions.exportXlsx')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {canWrite && (
        <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={importDialog.open}>
          {t('actions.import')}
        </Button>
      )}
      {canWrite && (
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createDialog.open}>
          {t('actions.create')}
        </Button>
      )}
    </>
  );
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} actions={actions} />
      <Group justify="space-between" align="flex-end">
        <TenantFilters search={search} onChange={handleChange} />
        <Group gap="xs">
          <ColumnPicker
            options={TENANT_OPTIONAL_COLUMNS.map((id) => ({ id, label: t(`columns.${id}`) }))}
            hidden={search.hide ?? []}
            onChange={(hide) => handleChange({ hide: hide.length > 0 ? hide : undefined })}
          />
          <SavedViewsMenu
            list="tenants"
            search={search}
            columns={TENANT_COLUMNS.filter((id) => !(search.hide ?? []).includes(id))}
            onApply={(s) => void navigate({ search: s })}
          />
        </Group>
      </Group>
      <TenantTable
        tenants={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={search.page ?? 0}
        pageSize={TENANT_PAGE_SIZE}
        sort={params.sort ?? 'name'}
        hidden={search.hide}
        loading={list.isPending}
        onPageChange={(page) => handleChange({ page })}
        onSortChange={(sort) => handleChange({ sort: sort as TenantSearch['sort'], page: undefined })}
      />
      <CreateTenantDialog
        opened={creating}
        onClose={createDialog.close}
        onCreated={(tenant) => {
          createDialog.close();
          void navigate({ to: '/tenants/$tenantId', params: { tenantId: tenant.id } });
        }}
      />
      <ImportTenantsDialog opened={importing} onClose={importDialog.close} />
    </Stack>
  );
}
