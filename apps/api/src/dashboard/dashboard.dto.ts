import { ApiProperty } from '@nestjs/swagger';

const listPath = (example: string) =>
  ApiProperty({ type: String, description: 'API path under /api/v1 of the full list behind this figure', example });

export class DashboardTenantsDto {
  @ApiProperty({ type: Number, description: 'active tenants (not archived)' }) active!: number;
  @ApiProperty({ type: Number, description: 'applicant, screening or approved' }) applicants!: number;
  @ApiProperty({ type: Number, description: 'graduated tenants (alumni)' }) alumni!: number;
  @listPath('/tenants?status=active') listPath!: string;
}

export class DashboardRoomsDto {
  @ApiProperty({ type: Number }) occupied!: number;
  @ApiProperty({ type: Number, description: 'lettable rooms (out-of-service rooms left out)' }) total!: number;
  @ApiProperty({ type: Number }) vacant!: number;
  @ApiProperty({ type: String, nullable: true, example: '91.50%', description: 'null without rooms' })
  rate!: string | null;
}

export class DashboardAreaDto {
  @ApiProperty({ type: String, example: '5120.50' }) occupiedSqm!: string;
  @ApiProperty({ type: String, example: '5600.00' }) totalSqm!: string;
  @ApiProperty({ type: String, nullable: true, example: '91.43%' }) rate!: string | null;
}

export class DashboardVacantRoomDto {
  @ApiProperty({ type: String, format: 'uuid' }) spaceId!: string;
  @ApiProperty({ type: String, example: 'A-101' }) code!: string;
  @ApiProperty({ type: String, example: '事務所' }) roomType!: string;
  @ApiProperty({ type: String, example: '25.00' }) areaSqm!: string;
}

export class DashboardOccupancyDto {
  @ApiProperty({ type: DashboardRoomsDto }) rooms!: DashboardRoomsDto;
  @ApiProperty({ type: DashboardAreaDto }) area!: DashboardAreaDto;
  @ApiProperty({ type: [DashboardVacantRoomDto], description: 'the first vacant rooms by code' })
  vacantRooms!: DashboardVacantRoomDto[];
  @listPath('/occupancy?asOf=2027-01-16') listPath!: string;
}

export class DashboardBillingDto {
  @ApiProperty({ type: String, example: '2027-01', description: 'service period (this month)' }) period!: string;
  @ApiProperty({ type: Number, description: "this month's issued invoices (not void)" }) invoices!: number;
  @ApiProperty({ type: Number, description: 'yen billed on them' }) billed!: number;
  @ApiProperty({ type: Number, description: 'yen paid so far on them' }) paidOnMonthInvoices!: number;
  @ApiProperty({ type: Number, description: 'yen received this month (any invoice)' }) collected!: number;
  @ApiProperty({ type: Number, description: 'yen refunded this month (negative or 0)' }) refunded!: number;
  @ApiProperty({ type: Number, description: 'payments received this month' }) payments!: number;
  @listPath('/invoices?period=2027-01&kind=invoice') invoicesPath!: string;
  @listPath('/payments?from=2027-01-01&to=2027-01-31') paymentsPath!: string;
}

export class DashboardAgingDto {
  @ApiProperty({ type: Number, description: 'not yet due (yen)' }) current!: number;
  @ApiProperty({ type: Number }) d1_30!: number;
  @ApiProperty({ type: Number }) d31_60!: number;
  @ApiProperty({ type: Number }) d61_90!: number;
  @ApiProperty({ type: Number }) over_90!: number;
  @ApiProperty({ type: Number }) total!: number;
}

export class DashboardArrearsTenantDto {
  @ApiProperty({ type: String, format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: String }) tenantName!: string;
  @ApiProperty({ type: Number }) balance!: number;
  @ApiProperty({ type: Number, enum: [0, 1, 2, 3] }) dunningLevel!: number;
}

export class DashboardArrearsDto {
  @ApiProperty({ type: DashboardAgingDto }) aging!: DashboardAgingDto;
  @ApiProperty({ type: Number, description: 'yen past due (every bucket but current)' }) overdue!: number;
  @ApiProperty({ type: Number, description: 'tenants with money open' }) tenants!: number;
  @ApiProperty({ type: [DashboardArrearsTenantDto], description: 'highest dunning level, then balance' })
  worst!: DashboardArrearsTenantDto[];
  @listPath('/arrears?asOf=2027-01-16') listPath!: string;
}

export class DashboardDeadlineDto {
  @ApiProperty({ type: String, format: 'uuid' }) applicationId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: String }) tenantName!: string;
  @ApiProperty({ type: String }) programName!: string;
  @ApiProperty({ type: String, example: 'performance_report' }) key!: string;
  @ApiProperty({ type: String, example: '実績報告期限' }) label!: string;
  @ApiProperty({ type: String, example: 'Performance report due' }) labelEn!: string;
  @ApiProperty({ type: String, format: 'date' }) dueOn!: string;
}

export class DashboardDeadlinesDto {
  @ApiProperty({ type: Number, example: 14 }) days!: number;
  @ApiProperty({ type: Number }) count!: number;
  @listPath('/subsidy-applications') listPath!: string;
  @ApiProperty({ type: [DashboardDeadlineDto] }) items!: DashboardDeadlineDto[];
}

export class DashboardSessionDto {
  @ApiProperty({ type: String, format: 'uuid' }) sessionId!: string;
  @ApiProperty({ type: String, format: 'date-time' }) startsAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: String, format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: String }) tenantName!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) advisorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) advisorName!: string | null;
  @ApiProperty({ type: String }) topic!: string;
  @ApiProperty({ type: String }) status!: string;
}

export class DashboardSessionsDto {
  @ApiProperty({ type: Number, description: "today's sessions that are not cancelled" }) count!: number;
  @listPath('/advisory-sessions?from=2027-01-15T15:00:00.000Z&to=2027-01-16T15:00:00.000Z') listPath!: string;
  @ApiProperty({ type: [DashboardSessionDto] }) items!: DashboardSessionDto[];
}

export class DashboardLeaseEndingDto {
  @ApiProperty({ type: String, format: 'uuid' }) leaseId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: String }) tenantName!: string;
  @ApiProperty({ type: String, format: 'date' }) endDate!: string;
}

export class DashboardLeasesEndingDto {
  @ApiProperty({ type: Number, example: 90 }) days!: number;
  @ApiProperty({ type: Number }) count!: number;
  @listPath('/leases/ending?days=90') listPath!: string;
  @ApiProperty({ type: [DashboardLeaseEndingDto] }) items!: DashboardLeaseEndingDto[];
}

export class DashboardTenureDto {
  @ApiProperty({ type: String, format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: String }) tenantName!: string;
  @ApiProperty({ type: String, format: 'date' }) latestEndDate!: string;
  @ApiProperty({ type: Number }) monthsRemaining!: number;
}

export class DashboardTenureNearingDto {
  @ApiProperty({ type: Number, example: 6 }) months!: number;
  @ApiProperty({ type: Number, example: 60 }) maxTenureMonths!: number;
  @ApiProperty({ type: Number }) count!: number;
  @listPath('/leases/nearing-max-tenure?months=6') listPath!: string;
  @ApiProperty({ type: [DashboardTenureDto] }) items!: DashboardTenureDto[];
}

export class DashboardFollowUpDto {
  @ApiProperty({ type: String, format: 'uuid' }) checkInId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) referralId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: String }) tenantName!: string;
  @ApiProperty({ type: String }) need!: string;
  @ApiProperty({ type: String, format: 'date' }) dueOn!: string;
}

export class DashboardFollowUpsDto {
  @ApiProperty({ type: Number }) count!: number;
  @listPath('/referrals/follow-ups?overdue=true') listPath!: string;
  @ApiProperty({ type: [DashboardFollowUpDto] }) items!: DashboardFollowUpDto[];
}

export class DashboardPlanReviewDto {
  @ApiProperty({ type: String, format: 'uuid' }) planId!: string;
  @ApiProperty({ type: String, format: 'uuid' }) tenantId!: string;
  @ApiProperty({ type: String }) tenantName!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: String, format: 'date' }) nextReviewOn!: string;
}

export class DashboardPlanReviewsDto {
  @ApiProperty({ type: Number }) count!: number;
  @listPath('/improvement-plans/overdue-reviews') listPath!: string;
  @ApiProperty({ type: [DashboardPlanReviewDto] }) items!: DashboardPlanReviewDto[];
}

/** GET /dashboard: the staff home. */
export class DashboardDto {
  @ApiProperty({ type: String, format: 'date', description: "today in the facility's time zone" }) asOf!: string;
  @ApiProperty({ type: String, example: '2027-01', description: 'this month (YYYY-MM)' }) month!: string;
  @ApiProperty({ type: String, example: 'Asia/Tokyo' }) timeZone!: string;
  @ApiProperty({ type: DashboardTenantsDto }) tenants!: DashboardTenantsDto;
  @ApiProperty({ type: DashboardOccupancyDto }) occupancy!: DashboardOccupancyDto;
  @ApiProperty({
    type: DashboardBillingDto,
    nullable: true,
    description: 'null for roles without money (advisor)',
  })
  billing!: DashboardBillingDto | null;
  @ApiProperty({
    type: DashboardArrearsDto,
    nullable: true,
    description: 'null for roles without money (advisor)',
  })
  arrears!: DashboardArrearsDto | null;
  @ApiProperty({ type: DashboardDeadlinesDto, description: 'subsidy deadlines in the next `days` days' })
  subsidyDeadlines!: DashboardDeadlinesDto;
  @ApiProperty({ type: DashboardSessionsDto }) sessionsToday!: DashboardSessionsDto;
  @ApiProperty({ type: DashboardLeasesEndingDto }) leasesEnding!: DashboardLeasesEndingDto;
  @ApiProperty({ type: DashboardTenureNearingDto }) tenureNearing!: DashboardTenureNearingDto;
  @ApiProperty({ type: DashboardFollowUpsDto }) followUpsOverdue!: DashboardFollowUpsDto;
  @ApiProperty({ type: DashboardPlanReviewsDto }) planReviewsOverdue!: DashboardPlanReviewsDto;
}
