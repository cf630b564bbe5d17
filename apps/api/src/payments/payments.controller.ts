import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Role } from '@tamago/identity';
import { PaymentService } from '@tamago/payments';
import { CurrentActor, FacilityId, Roles } from '../common/auth.decorators';
import { IdParamDto } from '../common/id-param.dto';
import { CreatePaymentDto, PaymentDto, PaymentListQueryDto, PaymentPageDto, RefundDto } from './payment.dto';

/** Who may record money: the facility's admins and accountants. */
export const MONEY_WRITERS = [Role.FacilityAdmin, Role.Accountant];
/** Who may read receivables: staff who deal with money, plus auditors. */
export const MONEY_READERS = [Role.FacilityAdmin, Role.Accountant, Role.IncubationManager, Role.Auditor];

@ApiTags('payments')
@ApiBearerAuth()
@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentService) {}

  @Post()
  @Roles(...MONEY_WRITERS)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key records one payment' })
  @ApiCreatedResponse({
    type: PaymentDto,
    description: 'oldest open invoices first unless invoiceIds; the rest is credit',
  })
  async create(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Body() dto: CreatePaymentDto,
    @Headers('idempotency-key') key?: string,
  ): Promise<PaymentDto> {
    return PaymentDto.detail(await this.payments.create(facilityId, actor.userId, dto, key));
  }

  @Get()
  @Roles(...MONEY_READERS)
  @ApiOkResponse({ type: PaymentPageDto })
  async list(@FacilityId() facilityId: string, @Query() query: PaymentListQueryDto): Promise<PaymentPageDto> {
    const page = await this.payments.list(facilityId, query);
    return { items: page.items.map(PaymentDto.from), total: page.total };
  }

  @Get(':id')
  @Roles(...MONEY_READERS)
  @ApiOkResponse({ type: PaymentDto })
  async get(@FacilityId() facilityId: string, @Param() { id }: IdParamDto): Promise<PaymentDto> {
    return PaymentDto.detail(await this.payments.get(facilityId, id));
  }

  @Post(':id/refund')
  @Roles(...MONEY_WRITERS)
  @ApiCreatedResponse({ type: PaymentDto, description: 'the refund record (negative amount); unused credit first' })
  async refund(
    @CurrentActor() actor: Actor,
    @FacilityId() facilityId: string,
    @Param() { id }: IdParamDto,
    @Body() dto: RefundDto,
  ): Promise<PaymentDto> {
    return PaymentDto.detail(await this.payments.refund(facilityId, actor.userId, id, dto));
  }
}
