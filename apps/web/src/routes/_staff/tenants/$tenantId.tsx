import { createFileRoute } from '@tanstack/react-router';
import { tenantQueries } from '@/features/tenants/api/tenant-queries';
import { TenantPage } from '@/features/tenants/pages/tenant-page';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/tenants/$tenantId')({
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'tenants'),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(tenantQueries.detail(params.tenantId)),
  component: function TenantRoute() {
    const { tenantId } = Route.useParams();
    return <TenantPage tenantId={tenantId} />;
  },
});
