import type { Locale } from './message-renderer';
export type { Locale };

interface Rendered {
  subject: string;
  text: string;
}

/** Invitation to set a password and join a facility (Japanese first, English for `en` users). */
export function invitationMail(
  locale: Locale,
  p: { name: string; facilityName: string; link: string; expiresHours: number },
): Rendered {
  if (locale === 'en') {
    return {
      subject: `[Tamago] Invitation to ${p.facilityName}`,
      text: `Dear ${p.name},\n\nYou have been invited to ${p.facilityName} on Tamago.\nSet your password here within ${p.expiresHours} hours:\n${p.link}\n\nIf you did not expect this mail, you can ignore it.\n`,
    };
  }
  return {
    subject: `【Tamago】${p.facilityName}へのご招待`,
    text: `${p.name} 様\n\nTamago の「${p.facilityName}」に招待されました。\n${p.expiresHours}時間以内に次のリンクからパスワードを設定してください。\n${p.link}\n\nお心当たりがない場合は、このメールを破棄してください。\n\n(English) You have been invited to ${p.facilityName}. Set your password: ${p.link}\n`,
  };
}

/**
 * To the owner of an address a facility tried to invite while it already has an account (at
 * another facility): nothing was created; the inviter was answered as for any invitation.
 */
export function accountExistsMail(locale: Locale, p: { name: string; facilityName: string }): Rendered {
  if (locale === 'en') {
    return {
      subject: `[Tamago] ${p.facilityName} tried to invite your address`,
      text: `Dear ${p.name},\n\n${p.facilityName} tried to invite this address to Tamago. The address already has an account, so no invitation was created and your account is unchanged.\nIf you should work with ${p.facilityName}, ask them to invite another address of yours.\n\nIf you did not expect this mail, you can ignore it.\n`,
    };
  }
  return {
    subject: `【Tamago】${p.facilityName}からの招待について`,
    text: `${p.name} 様\n\nTamago の「${p.facilityName}」がこのメールアドレスを招待しようとしました。このアドレスには既にアカウントがあるため、招待は作成されていません。お使いのアカウントは変更されていません。\n${p.facilityName}で利用する場合は、別のメールアドレスでの招待を依頼してください。\n\nお心当たりがない場合は、このメールを破棄してください。\n\n(English) ${p.facilityName} tried to invite this address, which already has an account; nothing was created or changed.\n`,
  };
}

/** Password-reset link. */
export function passwordResetMail(locale: Locale, p: { name: string; link: string; expiresMinutes: number }): Rendered {
  if (locale === 'en') {
    return {
      subject: '[Tamago] Reset your password',
      text: `Dear ${p.name},\n\nUse this link within ${p.expiresMinutes} minutes to set a new password:\n${p.link}\n\nIf you did not ask for this, ignore this mail; your password is unchanged.\n`,
    };
  }
  return {
    subject: '【Tamago】パスワード再設定のご案内',
    text: `${p.name} 様\n\n${p.expiresMinutes}分以内に次のリンクから新しいパスワードを設定してください。\n${p.link}\n\nお心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。\n\n(English) Reset your password: ${p.link}\n`,
  };
}
