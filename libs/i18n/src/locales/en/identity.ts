import type { Catalogue } from '../catalogue';

/** English messages of the reasons `identity.*`. */
export const identity: Catalogue['errors']['identity'] = {
  accessTokenInvalid: 'The access token is invalid or has expired.',
  adminEmailTaken: 'A user with the email {{adminEmail}} already exists.',
  badCredentials:
    'The email address or password is incorrect (after repeated failures an account is locked for a while).',
  cannotDeactivateSelf: 'You cannot deactivate your own account.',
  cannotRemoveOwnAdmin: 'You cannot remove your own facility-admin role; ask another admin.',
  currentPasswordIncorrect: 'The current password is incorrect.',
  emailTaken: 'This email address already has an account.',
  linkInvalid: 'This link is invalid, has expired or was already used. Ask for a new one.',
  linkUnusable: 'This link can no longer be used.',
  noFacility: 'This action belongs to a facility; your account has none.',
  notActiveStaff: '{{field}} must be an active staff member of this facility.',
  passwordTooLong: '{{field}} must be shorter than or equal to {{max}} characters',
  passwordTooShort: '{{field}} must be at least {{min}} characters',
  rolesMixed: 'roles must be staff roles ({{staffRoles}}) or tenant roles ({{tenantRoles}}), not both',
  savedViewNotFound: 'SavedView {{id}} was not found.',
  sessionEnded: 'The session has ended. Log in again.',
  tenantOnlyForTenantRoles: 'tenantId is only for tenant roles',
  tenantRequiredForTenantRoles: 'tenantId is required for tenant roles',
  tooManyLoginAttempts: 'Too many login attempts. Wait a minute and try again.',
  tooManyViews: 'At most {{max}} views per list; delete one first.',
  userNotFound: 'User {{id}} was not found.',
  viewNameRequired: 'name is required.',
  viewSearchTooLong: 'search must be at most {{max}} characters as JSON.',
};
