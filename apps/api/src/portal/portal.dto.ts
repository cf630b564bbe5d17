import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';
import { AdvisorySessionView } from '../support/advisory-session.dto';
import { KpiDraftDto } from '../kpi/kpi.dto';

export class PortalStatementQueryDto {
  @ApiPropertyOptional({ example: '2026-04-01' }) @IsOptional() @IsCalendarDate() from?: string;
  @ApiPropertyOptional({ example: '2027-03-31' }) @IsOptional() @IsCalendarDate() to?: string;
}

export class PortalPageQueryDto extends PageQueryDto {}

/** One question of a KPI survey (every survey asks the same figures). */
export class KpiQuestionDto {
  /** field of the submission body */
  key!: string;
  labelJa!: string;
  labelEn!: string;
  /** integer | text */
  type!: 'integer' | 'text';
  required!: boolean;
}

export class PortalKpiSurveyDto {
  id!: string;
  period!: string;
  startDate!: string;
  endDate!: string;
  opensOn!: string;
  closesOn!: string;
  questions!: KpiQuestionDto[];
  /** whether the tenant has answered (it may resubmit while the survey is open) */
  submitted!: boolean;
  /** the tenant's unsent answer kept on the server, null when there is none */
  draft!: KpiDraftDto | null;
}

export class PortalKpiSurveyListDto {
  items!: PortalKpiSurveyDto[];
  total!: number;
}

export class SubsidyDeadlineDto {
  applicationId!: string;
  title!: string | null;
  stage!: string;
  deadline!: string;
}

export class PortalSummaryDto {
  /** what the tenant owes today (integer yen; negative when in credit) */
  amountDue!: number;
  /** the earliest due date of an open invoice, null when nothing is open */
  nextDueDate!: string | null;
  upcomingSessions!: AdvisorySessionView[];
  openSubsidyDeadlines!: SubsidyDeadlineDto[];
  unansweredSurveys!: PortalKpiSurveyDto[];
  /** the caller's unread notifications */
  unreadNotifications!: number;
}
