import { createFileRoute } from '@tanstack/react-router';
import { auditSearchSchema } from '@/features/audit/api/audit-queries';
import { AuditPage } from '@/features/audit/pages/audit-page';
import { requireArea } from '@/lib/auth/guards';

export const Route = createFileRoute('/_staff/audit/')({
  validateSearch: auditSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.queryClient, 'audit'),
  component: function AuditRoute() {
    return <AuditPage search={Route.useSearch()} />;
  },
});
