import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/states/coming-soon';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/payments/')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'payments'),
  component: function Placeholder() {
    const { t } = useTranslation();
    return <ComingSoon title={t('menu.payments')} />;
  },
});
