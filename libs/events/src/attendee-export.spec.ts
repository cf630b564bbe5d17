import { attendeeCsv, localTime } from './attendee-export';
import type { EventRegistration } from './event-registration.entity';

const reg = (over: Partial<EventRegistration>): EventRegistration =>
  ({
    attendeeName: '山田 太郎',
    tenantId: null,
    email: 'taro@example.jp',
    status: 'confirmed',
    registeredAt: new Date('2026-05-01T00:30:00Z'),
    checkedInAt: null,
    ...over,
  }) as EventRegistration;

describe('attendeeCsv', () => {
  it('starts with a BOM, has Japanese headers and quotes what needs quoting', () => {
    const csv = attendeeCsv([
      { registration: reg({}), company: '株式会社テスト, 本社' },
      {
        registration: reg({ tenantId: 't1', status: 'waitlisted', checkedInAt: new Date('2026-05-10T01:05:00Z') }),
        company: '入居A',
      },
    ]);
    expect(csv).toBe(
      '\uFEFF氏名,会社名,区分,メールアドレス,状態,受付日時,チェックイン日時\r\n' +
        '山田 太郎,"株式会社テスト, 本社",ゲスト,taro@example.jp,参加確定,2026-05-01 09:30,\r\n' +
        '山田 太郎,入居A,入居企業,taro@example.jp,キャンセル待ち,2026-05-01 09:30,2026-05-10 10:05\r\n',
    );
  });
  it('formats midnight as 00, not 24', () => {
    expect(localTime(new Date('2026-04-30T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-05-01 00:00');
  });
});
