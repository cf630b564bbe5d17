/** 「events」のエラー理由（`events.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const events = {
  alreadyRegistered: 'この方はすでにこのイベントに申し込んでいます。',
  attendeeMissing: '入居者（tenantId）またはゲストを指定してください。',
  attendeeNameRequired: '入居者の参加者名（attendeeName）を入力してください。',
  cannotCheckIn: '状態が「{{registrationStatus}}」の申込はチェックインできません。',
  capacityBelowConfirmed: '{{confirmed}}名の申込が確定しているため、定員をそれより少なくすることはできません。',
  endsBeforeStarts: '終了日時は開始日時より後にしてください。',
  eventFull: 'このイベントは満席です（定員{{seats}}名のうち{{confirmed}}名が申込済み）。',
  eventNotFound: 'イベント（{{id}}）が見つかりません。',
  eventOver: 'このイベントは終了しているため、申込を受け付けていません。',
  guestsByStaffOnly: 'ゲストの申込は施設の職員が行います。',
  registrationAlreadyCancelled: 'この申込はすでにキャンセルされています。',
  registrationNotFound: '申込（{{id}}）が見つかりません。',
  tenantAndGuestBoth: '入居者（tenantId）かゲストのどちらか一方を指定してください。',
  tenantNotInFacility: '入居者にはこの施設の入居者を指定してください。',
  tenantNotOwnCompany: '入居者には自社を指定してください。',
  waitlistNotEmpty: 'キャンセル待ちの方がいます。キャンセル待ちを無効にする前に、確定またはキャンセルしてください。',
} as const;
