/** 「tenants」のエラー理由（`tenants.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const tenants = {
  archivedTenantGetsNoUsers: '入居者「{{tenantName}}」はアーカイブ済みのため、新しいユーザーを追加できません。',
  corporateNumberTaken: 'この法人番号は、この施設の別の入居者にすでに登録されています。',
  corporateNumberTakenBy: '法人番号 {{corporateNumber}} は「{{otherName}}」にすでに登録されています。',
  fieldNotForKind: '「{{kind}}」には「{{field}}」を指定できません。',
  fieldRequiredForKind: '「{{kind}}」では今後「{{field}}」の入力が必要です。',
  fieldsStaffOnly: '入居者のユーザーは {{fields}} を変更できません。施設にお問い合わせください。',
  formerTenantGetsNoUsers:
    '入居者「{{tenantName}}」は「{{tenantStatus}}」の状態のため、新しいユーザーを追加できません。',
  notKatakana: '「{{field}}」はカタカナで入力してください（例：タマゴショウジ）。「{{value}}」は使えません。',
  notText: '「{{field}}」は文字列で入力してください。',
  openLeasesBlockExit:
    '入居者「{{tenantName}}」には終了していない契約があるため、「{{to}}」にできません：{{leases}}。先に有効な契約を終了または解約し、下書きの契約を取り消してください。',
  screeningNeedsReview: '審査の判定には、少なくとも1人の審査員の評点とコメントが必要です。',
  tenantInUse: 'この入居者には契約などの記録があるため、削除できません。代わりにアーカイブしてください。',
  tenantNotFound: '入居者（{{id}}）が見つかりません。',
  tenantNotInFacility: 'この施設に ID {{tenantId}} の入居者はいません。',
  tenantUnknown: '入居者（{{id}}）は存在しません。',
  transitionDetailsRequired: '詳細を入力してください。',
} as const;
