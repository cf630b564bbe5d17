import { createFileRoute } from '@tanstack/react-router';
import { tenantQueries } from '@/features/tenants/api/tenant-queries';
import { tenantSearchSchema, toListParams } from '@/features/tenants/api/tenant-search';
import { TenantsPage } from '@/features/tenants/pages/tenants-page';
import { requireArea } from '@/lib/auth/guards';
import { can } from '@/lib/auth/roles';

export const Route = createFileRoute('/_staff/tenants/')({
  validateSearch: tenantSearchSchema,
  loaderDeps: ({ search }) => search,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'tenants'),
  loader: ({ context, deps }) => context.queryClient.ensureQueryData(tenantQueries.list(toListParams(deps))),
  component: function TenantsRoute() {
    const search = Route.useSearch();
    const { me } = Route.useRouteContext();
    return <TenantsPage search={search} canWrite={can(me, 'tenantsWrite')} userId={me.id} />;
  },
});
