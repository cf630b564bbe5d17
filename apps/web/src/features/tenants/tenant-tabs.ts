/** The tenant page's tabs, in a module of their own: the route's search validation (in the entry chunk) reads
 * them without pulling the page and its charts into the entry. */
export const TENANT_TABS = ['profile', 'leases', 'statement', 'support', 'kpi', 'timeline'] as const;
export type TenantTab = (typeof TENANT_TABS)[number];
