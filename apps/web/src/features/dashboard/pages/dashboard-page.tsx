import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  return <PageHeader title={t('title')} />;
}
