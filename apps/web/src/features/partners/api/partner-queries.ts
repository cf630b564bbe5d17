import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';
import type { ReferralTransition } from './referral-steps';

export type Referral = components['schemas']['ReferralDto'];
export type CheckIn = components['schemas']['CheckInDto'];
export type Organization = components['schemas']['OrganizationDto'];
export type OrganizationKind = Organization['kind'];
export type CreateReferral = components['schemas']['CreateReferralDto'];
export type CreateOrganization = components['schemas']['CreateOrganizationDto'];

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'university',
  'industry_network',
  'bank',
  'credit_guarantee_association',
  'chamber_of_commerce',
  'city',
  'national_agency',
  'other',
];

/** The tab and the open referral live in the URL. */
export const referralsSearchSchema = z.object({
  tab: z.enum(['referrals', 'organizations', 'followUps']).optional().catch(undefined),
  referral: z.string().uuid().optional().catch(undefined),
});
export type ReferralsSearch = z.infer<typeof referralsSearchSchema>;

export const partnerKeys = {
  referrals: ['referrals'] as const,
  referralList: () => [...partnerKeys.referrals, 'list'] as const,
  referral: (id: string) => [...partnerKeys.referrals, 'detail', id] as const,
  checkIns: (id: string) => [...partnerKeys.referrals, 'check-ins', id] as const,
  overdue: () => [...partnerKeys.referrals, 'follow-ups', 'overdue'] as const,
  organizations: ['organizations'] as const,
};

export const partnerQueries = {
  referrals: () =>
    queryOptions({
      queryKey: partnerKeys.referralList(),
      queryFn: () => unwrap(api.GET('/api/v1/referrals', { params: { query: { limit: 200 } } })),
    }),
  referral: (id: string) =>
    queryOptions({
      queryKey: partnerKeys.referral(id),
      queryFn: () => unwrap(api.GET('/api/v1/referrals/{id}', { params: { path: { id } } })),
    }),
  checkIns: (id: string) =>
    queryOptions({
      queryKey: partnerKeys.checkIns(id),
      queryFn: () => unwrap(api.GET('/api/v1/referrals/{id}/check-ins', { params: { path: { id } } })),
    }),
  overdue: () =>
    queryOptions({
      queryKey: partnerKeys.overdue(),
      queryFn: () =>
        unwrap(api.GET('/api/v1/referrals/follow-ups', { params: { query: { overdue: true, limit: 200 } } })),
    }),
  organizations: () =>
    queryOptions({
      queryKey: [...partnerKeys.organizations, 'list'],
      queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { limit: 200 } } })),
      staleTime: 30_000,
    }),
};

export function useCreateReferral() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReferral) => unwrap(api.POST('/api/v1/referrals', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnerKeys.referralList() }),
  });
}

export function useReferralTransition(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralTransition) =>
      unwrap(api.POST('/api/v1/referrals/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: (r) => {
      qc.setQueryData(partnerKeys.referral(id), r);
      return qc.invalidateQueries({ queryKey: partnerKeys.referralList() });
    },
  });
}

export function useScheduleCheckIn(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['CreateCheckInDto']) =>
      unwrap(api.POST('/api/v1/referrals/{id}/check-ins', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnerKeys.referrals }),
  });
}

export function useCompleteCheckIn(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ checkInId, ...body }: { checkInId: string; doneOn: string; note?: string }) =>
      unwrap(
        api.POST('/api/v1/referrals/{id}/check-ins/{checkInId}/complete', {
          params: { path: { id, checkInId } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnerKeys.referrals }),
  });
}

export function useCreateOrganization() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganization) => unwrap(api.POST('/api/v1/organizations', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: partnerKeys.organizations }),
  });
}

export type ImprovementPlan = components['schemas']['ImprovementPlanDto'];
export type PlanReview = components['schemas']['PlanReviewDto'];
export type CreatePlanReview = components['schemas']['CreatePlanReviewDto'];

export const plansSearchSchema = z.object({ plan: z.string().uuid().optional().catch(undefined) });
export type PlansSearch = z.infer<typeof plansSearchSchema>;

export const planKeys = {
  all: ['improvement-plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
};

export const planQueries = {
  list: () =>
    queryOptions({
      queryKey: planKeys.list(),
      queryFn: () => unwrap(api.GET('/api/v1/improvement-plans', { params: { query: { limit: 200 } } })),
    }),
};

/** Records a review with the year's actual figures; the plan's next review date moves on. */
export function useReviewPlan(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePlanReview) =>
      unwrap(api.POST('/api/v1/improvement-plans/{id}/reviews', { params: { path: { id } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: planKeys.all }),
  });
}
