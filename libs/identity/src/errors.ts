/**
 * Reasons of the domain errors of the identity context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/identity.ts).
 */
export const IdentityError = {
  AccessTokenInvalid: 'identity.accessTokenInvalid',
  AdminEmailTaken: 'identity.adminEmailTaken',
  BadCredentials: 'identity.badCredentials',
  CannotDeactivateSelf: 'identity.cannotDeactivateSelf',
  CannotRemoveOwnAdmin: 'identity.cannotRemoveOwnAdmin',
  CurrentPasswordIncorrect: 'identity.currentPasswordIncorrect',
  EmailTaken: 'identity.emailTaken',
  LinkInvalid: 'identity.linkInvalid',
  LinkUnusable: 'identity.linkUnusable',
  NoFacility: 'identity.noFacility',
  NotActiveStaff: 'identity.notActiveStaff',
  PasswordTooLong: 'identity.passwordTooLong',
  PasswordTooShort: 'identity.passwordTooShort',
  RolesMixed: 'identity.rolesMixed',
  SavedViewNotFound: 'identity.savedViewNotFound',
  SessionEnded: 'identity.sessionEnded',
  TenantOnlyForTenantRoles: 'identity.tenantOnlyForTenantRoles',
  TenantRequiredForTenantRoles: 'identity.tenantRequiredForTenantRoles',
  TooManyLoginAttempts: 'identity.tooManyLoginAttempts',
  TooManyViews: 'identity.tooManyViews',
  UserNotFound: 'identity.userNotFound',
  ViewNameRequired: 'identity.viewNameRequired',
  ViewSearchTooLong: 'identity.viewSearchTooLong',
} as const;
export type IdentityError = (typeof IdentityError)[keyof typeof IdentityError];
