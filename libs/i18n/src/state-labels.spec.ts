import { localiseStateParams } from './state-labels';
import { translate } from './translator';

describe('state names in transition errors', () => {
  it('names the machine and its states in Japanese', () => {
    const params = localiseStateParams('ja', 'core.illegalTransition', {
      noun: 'subsidy case',
      from: 'planning',
      to: 'paid',
      allowed: 'applied, withdrawn',
    });
    expect(translate('ja', 'errors.core.illegalTransition', params)).toBe(
      '状態を「準備中」から「入金済み」に変更することはできません（対象：補助金案件）。次に変更できる状態：申請済み、辞退',
    );
  });

  it('keeps the API values in English and leaves other reasons alone', () => {
    const params = { noun: 'lease', from: 'ended', to: 'active' };
    expect(localiseStateParams('en', 'core.transitionFromFinal', params)).toBe(params);
    expect(localiseStateParams('ja', 'billing.invoiceAlreadyVoid', params)).toBe(params);
    expect(
      translate('ja', 'errors.core.transitionFromFinal', localiseStateParams('ja', 'core.transitionFromFinal', params)),
    ).toContain('「終了」は最終の状態です');
  });

  it("names a tenant's kind and the field its rule is about in Japanese, not the API's values", () => {
    const params = { field: 'corporateNumber', kind: 'corporation' };
    expect(
      translate(
        'ja',
        'errors.tenants.fieldRequiredForKind',
        localiseStateParams('ja', 'tenants.fieldRequiredForKind', params),
      ),
    ).toBe('「法人」では今後「法人番号」の入力が必要です。');
    expect(
      translate(
        'ja',
        'errors.tenants.fieldNotForKind',
        localiseStateParams('ja', 'tenants.fieldNotForKind', { field: 'tradeName', kind: 'individual' }),
      ),
    ).toBe('「個人」には「屋号」を指定できません。');
    expect(localiseStateParams('en', 'tenants.fieldRequiredForKind', params)).toBe(params);
  });
});
