import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';

export function RoomsPage() {
  const { t } = useTranslation('leasing');
  return <PageHeader title={t('title')} />;
}
