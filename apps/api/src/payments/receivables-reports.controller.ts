import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, facilityOf } from '@tamago/identity';
import { ArrearsService, JournalService } from '@tamago/payments';
import { CurrentActor, Roles } from '../common/auth.decorators';
import { MONEY_READERS } from './payments.controller';
import { AsOfQueryDto, JournalQueryDto, TrialBalanceDto, TrialBalanceQueryDto } from './receivables.dto';

/** Arrears (aging, dunning levels due), the accounting journal export and the trial balance. */
@ApiTags('payments')
@ApiBearerAuth()
@Controller()
export class ReceivablesReportsController {
  constructor(
    private readonly arrears: ArrearsService,
    private readonly journal: JournalService,
  ) {}

  @Get('arrears')
  @Roles(...MONEY_READERS)
  @ApiOkResponse({ description: 'per tenant: open balance, aging buckets, dunning level due' })
  report(@CurrentActor() actor: Actor, @Query() q: AsOfQueryDto) {
    return this.arrears.report(facilityOf(actor), q.asOf);
  }

  @Get('accounting/journal')
  @Roles(...MONEY_READERS)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'yayoi: 弥生会計 import (Shift_JIS, 25 columns); generic: documented UTF-8 CSV' })
  async export(@CurrentActor() actor: Actor, @Query() q: JournalQueryDto): Promise<StreamableFile> {
    const file = await this.journal.export(facilityOf(actor), q.period, q.format ?? 'generic');
    return new StreamableFile(file.bytes, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.bytes.length,
    });
  }

  @Get('accounting/trial-balance')
  @Roles(...MONEY_READERS)
  @ApiOkResponse({
    type: TrialBalanceDto,
    description: "the month's debit and credit totals per account, from the journal's entries (debits = credits)",
  })
  trialBalance(@CurrentActor() actor: Actor, @Query() q: TrialBalanceQueryDto): Promise<TrialBalanceDto> {
    return this.journal.trialBalance(facilityOf(actor), q.period);
  }
}
