import { useTranslation } from 'react-i18next';
import { ImportDialog } from '@/components/import-dialog';
import { useImportTenants } from '../api/import-tenants';

interface ImportTenantsDialogProps {
  opened: boolean;
  onClose: () => void;
}

/** Check first (dry run), then import; every bad row is listed with its line and column. */
export function ImportTenantsDialog({ opened, onClose }: ImportTenantsDialogProps) {
  const { t } = useTranslation(['tenants', 'common', 'errors']);
  const upload = useImportTenants();
  return (
    <ImportDialog
      opened={opened}
      onClose={onClose}
      title={t('import.title')}
      upload={upload}
      labels={{
        file: t('import.file'),
        fileHint: t('import.fileHint'),
        check: t('import.check'),
        run: t('import.run'),
      }}
      messages={{
        checked: (r) => t('import.checked', { rows: r.rows }),
        imported: (r) => t('import.done', { created: r.created }),
        problems: (count) => t('import.problems', { count }),
      }}
    />
  );
}
