import { Injectable } from '@nestjs/common';
import { ReferralService } from '@tamago/partners';
import { AdvisorySessionService, SubsidyApplicationService } from '@tamago/support';
import { REPORT_TITLES } from '../labels';
import type { ReportDocument } from '../report-document';
import { formatCell } from '../render/format';
import type { BuildContext, ReportBuilder } from './builder';
import { rangeOf } from './scope';
import { referralSection, sessionsByAdvisor, sessionsByTopic, subsidySection } from './support-figures';

/** support-activity: advisory sessions by advisor and topic, referrals and their outcomes, subsidy cases and amounts. */
@Injectable()
export class SupportActivityBuilder implements ReportBuilder {
  constructor(
    private readonly sessions: AdvisorySessionService,
    private readonly referrals: ReferralService,
    private readonly subsidies: SubsidyApplicationService,
  ) {}

  async build(ctx: BuildContext): Promise<ReportDocument> {
    const range = rangeOf(ctx.request, ctx.today, ctx.timeZone, ctx.fiscalYearStartMonth);
    const sessions = await this.sessions.countsBetween(ctx.facilityId, range.fromInstant, range.toInstant);
    await ctx.progress(30);
    const referrals = await this.referrals.statsBetween(ctx.facilityId, range.fromInstant, range.toInstant);
    await ctx.progress(50);
    const subsidies = await this.subsidies.statsBetween(ctx.facilityId, range.from, range.to);
    await ctx.progress(70);
    const sessionCount = sessions.reduce((s, r) => s + r.sessions, 0);
    const minutes = sessions.reduce((s, r) => s + r.minutes, 0);
    const title = REPORT_TITLES['support-activity'];
    return {
      title: title.ja,
      titleEn: title.en,
      facilityName: ctx.facilityName,
      scopeLabel: range.label,
      asOf: range.asOf,
      generatedAt: new Date(),
      fileStem: `support-activity-${range.stem}`,
      summary: [
        { label: '相談件数', value: `${sessionCount}件` },
        { label: '対応時間', value: `${formatCell(minutes, 'integer')}分` },
        {
          label: '予約相談 / 随時相談',
          value: `${count(sessions, 'appointment')}件 / ${count(sessions, 'consultation')}件`,
        },
        { label: '紹介・連携', value: `${referrals.reduce((s, r) => s + r.count, 0)}件` },
        { label: '補助金 採択', value: `${subsidies.reduce((s, r) => s + r.adopted, 0)}件` },
        {
          label: '交付決定額',
          value: formatCell(
            subsidies.reduce((s, r) => s + r.decidedAmount, 0),
            'yen',
          ),
        },
      ],
      sections: [
        sessionsByTopic(sessions),
        sessionsByAdvisor(sessions),
        referralSection(referrals),
        subsidySection(subsidies),
      ],
      notes: ['取消された相談は含めません。対応時間は記録がなければ予定時間で数えます。'],
    };
  }
}

function count(rows: { kind: string; sessions: number }[], kind: string): number {
  return rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.sessions, 0);
}
