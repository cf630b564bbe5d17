import { createFileRoute } from '@tanstack/react-router';
import { paymentsSearchSchema } from '@/features/payments/api/payments-search';
import { PaymentsPage } from '@/features/payments/pages/payments-page';
import { requireArea } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';

export const Route = createFileRoute('/_staff/payments/')({
  validateSearch: paymentsSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'payments'),
  component: function PaymentsRoute() {
    const search = Route.useSearch();
    const { me } = Route.useRouteContext();
    return <PaymentsPage search={search} canWrite={can(me, 'billingWrite')} />;
  },
});
