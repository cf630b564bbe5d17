/** 「leasing」のエラー理由（`leasing.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const leasing = {
  alreadyRenewed: 'この契約はすでに更新されています。',
  areaInvalid: '「{{field}}」は小数点以下2桁までの面積（m²）で入力してください（例：63.25）。',
  areaNotWhole: '面積は0以上の整数（0.01m²単位）で指定してください。',
  basisPointsNegative: '「{{name}}」は0以上の整数にしてください。',
  basisPointsNotWhole: '割合（bp）は整数で指定してください。',
  cannotRenew: '更新できるのは有効または終了した契約だけです。この契約は「{{previousStatus}}」です。',
  dayBeforeLeaseStart: '{{day}}は契約開始日（{{start}}）より前です。',
  depositMismatch: '控除額と返還額の合計を預かり敷金（¥{{deposit, number}}）と一致させてください。',
  leaseEndsBeforeStart: '契約の終了日（{{endDate}}）が開始日（{{startDate}}）より前になっています。',
  leaseNotFound: '契約（{{id}}）が見つかりません。',
  leasePeriodRequired: '契約期間を指定してください。',
  leaseStillRunning: 'この契約は{{endDate}}まで有効です。終了にできるのはその翌日からです。',
  partExceedsWhole: '部分の値は全体の値を超えられません。',
  periodBeforeLeaseStart: '{{period}}は契約開始日（{{start}}）より前です。',
  periodInvalid: '対象月は YYYY-MM 形式で入力してください。',
  renewalNeedsScreening: '更新には再審査の記録（判定日・所見）が必要です。',
  renewalStartsTooEarly: '更新後の契約は、現在の契約期間の終了日（{{endDate}}）より後に開始してください。',
  rentFirstStepNotYearOne: '賃料の最初の段階は1年目から始めてください。',
  rentStepsNotIncreasing: '賃料の段階は契約年の昇順に指定してください。',
  rentYearOneMissing: '「{{field}}」には少なくとも1年目の賃料を指定してください。',
  spaceLetToAnotherLease: 'この居室は、期間が重なる別の契約ですでに貸し出されています。',
  spaceLetToLease:
    'この居室は、期間が重なる別の契約（{{leaseId}}、{{startDate}}〜{{endDate}}）ですでに貸し出されています。',
  spaceListedTwice: '居室（{{id}}）が2回指定されています。',
  spaceOutOfService: '居室 {{spaces}} は利用停止中です。',
  spaceRequired: '契約には居室を1つ以上指定してください（spaceId または spaceIds）。',
  supportClientRentsNoSpace: '支援先企業は居室を借りられません。',
  tenantNotApproved:
    '入居者「{{tenantName}}」は「{{tenantStatus}}」の状態です。契約には承認済みまたは入居中の入居者が必要です。',
  tenantNotInFacility: 'この施設に ID {{tenantId}} の入居者はいません。',
  tenureExceeded:
    'この契約は{{endDate}}に終了しますが、入居期間の上限（{{maxMonths}}か月）により、終了日は遅くとも{{latestAllowedEndDate}}までです。',
  tenureLeavesNoTime:
    'この契約は{{endDate}}に終了しますが、入居期間の上限（{{maxMonths}}か月）に達しているため、この契約を結ぶ期間が残っていません。',
  terminationDateOutOfTerm: '解約日は{{startDate}}以降、契約終了日（{{endDate}}）より前の日付にしてください。',
  termsFrozen:
    '条件（{{terms}}）を変更できるのは下書きの契約だけです。この契約は「{{leaseStatus}}」です。更新または解約してください。',
  transitionDetailsRequired: '詳細を入力してください。',
} as const;
