import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  Attachment,
  ChecklistItem,
  SUBSIDY_STAGES,
  ListedSubsidyCase,
  SubsidyCaseView,
  SubsidyApplication,
  SubsidyDeadline,
  SubsidyStage,
  SubsidyStageEvent,
  tenantMayTick,
  type ChecklistName,
} from '@tamago/support';
import { IsCalendarDate } from '../common/calendar-date.validator';
import { PageQueryDto } from '../common/list-query.dto';

const uuid = (field: string) => IsUUID('all', { message: `${field} must be a UUID` });
const Yen = () => (target: object, key: string) => {
  IsOptional()(target, key);
  IsInt()(target, key);
  Min(0)(target, key);
  Max(Number.MAX_SAFE_INTEGER)(target, key);
};

export class ApplicationFieldsDto {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) title?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @uuid('managerId') managerId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @uuid('advisorId') advisorId?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'integer yen' }) @Yen() requestedAmount?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() projectDeadline?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'staff-only' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  staffNotes?: string | null;
}

export class CreateSubsidyApplicationDto extends ApplicationFieldsDto {
  @ApiProperty() @uuid('tenantId') tenantId!: string;
  @ApiProperty() @uuid('programId') programId!: string;
  @ApiProperty() @uuid('roundId') roundId!: string;
}

export class ChecklistUpdateDto {
  @ApiProperty({ example: 'gbizid' }) @IsString() @MinLength(1) @MaxLength(64) key!: string;
  @ApiPropertyOptional({ description: 'needed for a new item' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string;
  @ApiProperty() @IsBoolean() done!: boolean;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsCalendarDate() doneOn?: string | null;
}

export class UpdateSubsidyApplicationDto extends ApplicationFieldsDto {
  @ApiPropertyOptional({ type: [ChecklistUpdateDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ChecklistUpdateDto)
  prerequisites?: ChecklistUpdateDto[];
  @ApiPropertyOptional({ type: [ChecklistUpdateDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ChecklistUpdateDto)
  evidence?: ChecklistUpdateDto[];
}

export class SubsidyTransitionDto {
  @ApiProperty({ enum: SUBSIDY_STAGES }) @IsIn(SUBSIDY_STAGES) to!: SubsidyStage;
  @ApiPropertyOptional({ description: "the step's main date when its own field is not given" })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() appliedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() adoptedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() notifiedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() grantAppliedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() grantDecidedOn?: string;
  @ApiPropertyOptional() @Yen() decidedAmount?: number;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() startedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() completedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() reportedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() fixedOn?: string;
  @ApiPropertyOptional() @Yen() fixedAmount?: number;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() claimedOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() paidOn?: string;
  @ApiPropertyOptional() @Yen() paidAmount?: number;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() withdrawnOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() cancelledOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
  @ApiPropertyOptional({ description: 'staff-only remark on the step' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class SubsidyApplicationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @uuid('tenantId') tenantId?: string;
  @ApiPropertyOptional() @IsOptional() @uuid('programId') programId?: string;
  @ApiPropertyOptional() @IsOptional() @uuid('roundId') roundId?: string;
  @ApiPropertyOptional({ enum: SUBSIDY_STAGES }) @IsOptional() @IsIn(SUBSIDY_STAGES) stage?: SubsidyStage;
  @ApiPropertyOptional() @IsOptional() @uuid('managerId') managerId?: string;
}

export class AttachmentParamsDto {
  @uuid('id') id!: string;
  @uuid('attachmentId') attachmentId!: string;
}

export class ChecklistItemView {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty() done!: boolean;
  @ApiProperty({ nullable: true, type: String }) doneOn!: string | null;
  @ApiProperty({ description: 'whether the tenant may tick it in the portal (the others are kept by staff)' })
  tenantMayTick!: boolean;

  static list(list: ChecklistName, items: ChecklistItem[]): ChecklistItemView[] {
    return items.map((i) => ({ ...i, tenantMayTick: tenantMayTick(list, i.key) }));
  }
}

const CHECKLISTS: readonly ChecklistName[] = ['prerequisites', 'evidence'];

/** One checklist item of the caller's own case, by list and key. */
export class PortalChecklistParamsDto {
  @uuid('id') id!: string;
  @ApiProperty({ enum: CHECKLISTS }) @IsIn(CHECKLISTS) list!: ChecklistName;
  @ApiProperty({ example: 'gbizid' }) @IsString() @MinLength(1) @MaxLength(64) key!: string;
}

export class PortalChecklistTickDto {
  @ApiProperty({ description: 'true ticks the item (dated today), false unticks it' }) @IsBoolean() done!: boolean;
}

export class DeadlineView {
  @ApiProperty() key!: string;
  @ApiProperty() labelJa!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty() dueOn!: string;
}

export class StageEventView {
  @ApiProperty({ nullable: true, type: String }) from!: string | null;
  @ApiProperty() to!: string;
  @ApiProperty() on!: string;
  @ApiProperty({ type: Object }) details!: Record<string, unknown>;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'staff only' }) note?: string | null;

  static from(e: SubsidyStageEvent): StageEventView {
    const view: StageEventView = { from: e.fromStage, to: e.toStage, on: e.occurredOn, details: { ...e.details } };
    if (e.note !== undefined) view.note = e.note;
    return view;
  }
}

/** A case as a reader may see it: tenant users get no staff notes. */
export class SubsidyApplicationView {
  @ApiProperty() id!: string;
  @ApiProperty() tenantId!: string;
  @ApiProperty() programId!: string;
  @ApiProperty() roundId!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) managerId!: string | null;
  @ApiProperty({ nullable: true, type: String }) advisorId!: string | null;
  @ApiProperty({ enum: SUBSIDY_STAGES }) stage!: SubsidyStage;
  @ApiProperty({ nullable: true, type: Number }) requestedAmount!: number | null;
  @ApiProperty({ nullable: true, type: Number }) decidedAmount!: number | null;
  @ApiProperty({ nullable: true, type: Number }) fixedAmount!: number | null;
  @ApiProperty({ nullable: true, type: Number }) paidAmount!: number | null;
  @ApiProperty({ nullable: true, type: String }) projectDeadline!: string | null;
  @ApiProperty({ type: Object }) milestones!: Record<string, string>;
  @ApiProperty({ type: [ChecklistItemView] }) prerequisites!: ChecklistItemView[];
  @ApiProperty({ type: [ChecklistItemView] }) evidence!: ChecklistItemView[];
  @ApiProperty({ nullable: true, type: String }) closedReason!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'staff only' }) staffNotes?: string | null;
  @ApiPropertyOptional({ type: [StageEventView] }) history?: StageEventView[];
  @ApiPropertyOptional({ type: [DeadlineView] }) deadlines?: SubsidyDeadline[];
  @ApiPropertyOptional({ type: String, description: 'in lists: the programme of the case' }) programName?: string;
  @ApiPropertyOptional({ type: String, description: 'in lists: the round of the case' }) roundName?: string;
  @ApiProperty({
    enum: SUBSIDY_STAGES,
    isArray: true,
    description: 'the stages the reader may move the case to next; empty for readers who may not move cases',
  })
  allowedTransitions!: SubsidyStage[];

  /** The case as the support library returned it for the reader (staff notes only when it kept them). */
  static from(a: SubsidyApplication): Omit<SubsidyApplicationView, 'allowedTransitions'> {
    const view: Omit<SubsidyApplicationView, 'allowedTransitions'> = {
      id: a.id,
      tenantId: a.tenantId,
      programId: a.programId,
      roundId: a.roundId,
      title: a.title,
      managerId: a.managerId,
      advisorId: a.advisorId,
      stage: a.stage,
      requestedAmount: a.requestedAmount,
      decidedAmount: a.decidedAmount,
      fixedAmount: a.fixedAmount,
      paidAmount: a.paidAmount,
      projectDeadline: a.projectDeadline,
      milestones: { ...a.milestones } as Record<string, string>,
      prerequisites: ChecklistItemView.list('prerequisites', a.prerequisites),
      evidence: ChecklistItemView.list('evidence', a.evidence),
      closedReason: a.closedReason,
    };
    if (a.staffNotes !== undefined) view.staffNotes = a.staffNotes;
    return view;
  }

  /** A case in a list, with its computed deadlines and the names of its programme and round. */
  static listed(c: ListedSubsidyCase): SubsidyApplicationView {
    return {
      ...SubsidyApplicationView.from(c.application),
      programName: c.programName,
      roundName: c.roundName,
      deadlines: c.deadlines,
      allowedTransitions: c.allowedTransitions,
    };
  }

  static ofCase(c: SubsidyCaseView): SubsidyApplicationView {
    return {
      ...SubsidyApplicationView.from(c.application),
      history: c.history.map((e) => StageEventView.from(e)),
      deadlines: c.deadlines,
      allowedTransitions: c.allowedTransitions,
    };
  }
}

export class SubsidyApplicationPageView {
  @ApiProperty({ type: [SubsidyApplicationView] }) items!: SubsidyApplicationView[];
  @ApiProperty() total!: number;
}

export class AttachmentView {
  @ApiProperty() id!: string;
  @ApiProperty() purpose!: string;
  @ApiProperty() filename!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty() createdAt!: string;

  static from(f: Attachment): AttachmentView {
    return {
      id: f.id,
      purpose: f.purpose,
      filename: f.filename,
      contentType: f.contentType,
      size: f.sizeBytes,
      sha256: f.sha256,
      createdAt: f.createdAt.toISOString(),
    };
  }
}
