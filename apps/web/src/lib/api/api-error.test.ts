import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import { applyApiError, fieldMessage } from '@/lib/forms/api-errors';
import { ApiError } from './api-error';

describe('ApiError', () => {
  it('reads status, code and field errors from a problem body', () => {
    const e = new ApiError(400, {
      code: 'validation',
      detail: 'bad',
      errors: [
        { field: 'contacts[0].email', code: 'email', message: 'x' },
        { field: 'name', code: 'maxLength', params: { max: 100 }, message: 'y' },
      ],
    });
    expect(e.status).toBe(400);
    expect(e.code).toBe('validation');
    expect(e.fieldErrors.name).toEqual({ code: 'maxLength', params: { max: 100 }, message: 'y' });
  });

  it('falls back to the code in the problem type, then the status', () => {
    expect(new ApiError(409, { type: 'urn:tamago:problem:conflict' }).code).toBe('conflict');
    expect(new ApiError(502, null).code).toBe('502');
  });
});

describe('error mapping', () => {
  const t = i18n.getFixedT('ja', 'errors');

  it('maps a field code with its params to the web sentence', () => {
    expect(fieldMessage(t, { code: 'maxLength', params: { max: 100 }, message: 'server' })).toBe(
      '100文字以内で入力してください。',
    );
  });

  it('keeps the server sentence for a code it does not know', () => {
    expect(fieldMessage(t, { code: 'somethingNew', params: {}, message: 'サーバーの説明' })).toBe('サーバーの説明');
  });

  it('places field errors on the form (nested paths too) and returns no alert', () => {
    const placed: Record<string, string> = {};
    const form = { setFieldError: (p: string, m: string) => (placed[p] = m) };
    const e = new ApiError(400, {
      code: 'validation',
      errors: [{ field: 'contacts[0].email', code: 'email', message: 'x' }],
    });
    expect(applyApiError(t, e, form, ['contacts.0.email'])).toBeNull();
    expect(placed).toEqual({ 'contacts.0.email': 'メールアドレスの形式で入力してください。' });
  });

  it('returns the sentence for the alert when no field matches (a business rule)', () => {
    const e = new ApiError(429, { code: 'too_many_requests', retryAfterSeconds: 30 });
    expect(applyApiError(t, e, { setFieldError: () => undefined }, [])).toBe(
      '短時間に試行が多すぎます。30秒ほど待ってからもう一度お試しください。',
    );
  });
});
