import { createFileRoute } from '@tanstack/react-router';
import { billingSearchSchema } from '@/features/billing/api/billing-search';
import { BillingPage } from '@/features/billing/pages/billing-page';
import { requireArea } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';

export const Route = createFileRoute('/_staff/billing/')({
  validateSearch: billingSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'billing'),
  component: function BillingRoute() {
    const search = Route.useSearch();
    const { me } = Route.useRouteContext();
    return <BillingPage search={search} canWrite={can(me, 'billingWrite')} />;
  },
});
