import type { components } from '@tamago/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';
import { STAFF_ROLES } from '@/lib/auth/roles';
import { userKeys } from './user-queries';

export type User = components['schemas']['UserDto'];
export type StaffRole = Exclude<User['roles'][number], 'platform_operator'>;

/** Invite a staff member: the API mails the invitation link. */
export function inviteUserSchema(t: TFunction<'errors'>) {
  return z.object({
    email: z.email(t('field.email')).max(254, t('field.tooLong', { max: 254 })),
    name: z
      .string()
      .trim()
      .min(1, t('field.required'))
      .max(100, t('field.tooLong', { max: 100 })),
    roles: z.array(z.enum(STAFF_ROLES as unknown as [StaffRole, ...StaffRole[]])).min(1, t('field.required')),
  });
}

export type InviteUserInput = z.infer<ReturnType<typeof inviteUserSchema>>;

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: InviteUserInput) => unwrap(api.POST('/api/v1/users', { body: v })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}

export function useUpdateUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; roles: StaffRole[] }) =>
      unwrap<User>(
        api.PATCH('/api/v1/users/{id}', { params: { path: { id: v.id } }, body: { roles: v.roles as StaffRole[] } }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap<User>(api.POST('/api/v1/users/{id}/deactivate', { params: { path: { id: id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
