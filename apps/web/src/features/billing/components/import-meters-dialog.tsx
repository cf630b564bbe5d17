import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from '@/components/import-dialog';
import { useImportMeterReadings } from '../api/meter-queries';

/** Check first (dry run), then import; every bad row is listed with its line and column. */
export function ImportMetersDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['billing', 'common', 'errors']);
  const upload = useImportMeterReadings();
  return (
    <ImportDialog
      onClose={onClose}
      title={t('billing:meters.importTitle')}
      upload={upload}
      labels={{
        file: t('billing:meters.file'),
        fileHint: t('billing:meters.fileHint'),
        placeholder: t('billing:meters.choose'),
        check: t('billing:meters.check'),
        run: t('billing:meters.run'),
      }}
      messages={{
        checked: (r) => t('billing:meters.checked', { rows: r.rows }),
        imported: (r) => t('billing:meters.imported', { created: r.created }),
        problems: (count) => t('billing:meters.problems', { count }),
      }}
    >
      <Text size="sm">{t('billing:meters.importExplain', { kinds: t('billing:meters.fileKindsJa') })}</Text>
      <Text size="sm" ff="monospace" bg="gray.0" p="xs">
        {t('billing:meters.fileHeaderJa')}
      </Text>
    </ImportDialog>
  );
}
