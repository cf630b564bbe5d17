import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { tenantQueries } from '@/features/tenants/api/tenant-queries';
import { TenantPage } from '@/features/tenants/pages/tenant-page';
import { TENANT_TABS } from '@/features/tenants/tenant-tabs';
import { requireArea } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';

export const Route = createFileRoute('/_staff/tenants/$tenantId')({
  validateSearch: z.object({ tab: z.enum(TENANT_TABS).optional().catch(undefined) }),
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'tenants'),
  loader: ({ context, params }) => context.queryClient.ensureQueryData(tenantQueries.detail(params.tenantId)),
  component: function TenantRoute() {
    const { tenantId } = Route.useParams();
    const { tab } = Route.useSearch();
    const { me } = Route.useRouteContext();
    return (
      <TenantPage
        tenantId={tenantId}
        tab={tab ?? 'profile'}
        canWrite={can(me, 'tenantsWrite')}
        canSeeMoney={can(me, 'billing')}
      />
    );
  },
});
