import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ArrearsService, JournalService } from '@tamago/payments';
import { FacilityId, Roles } from '../common/auth.decorators';
import { MONEY_READERS } from './payments.controller';
import { AsOfQueryDto, JournalQueryDto, TrialBalanceDto, TrialBalanceQueryDto } from './receivables.dto';
import { ApiFileResponse } from '../common/file-response';
import { ArrearsReportDto } from './receivables-response.dto';

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
  @ApiOkResponse({
    type: ArrearsReportDto,
    description: 'per tenant: open balance, aging buckets, dunning level due',
  })
  report(@FacilityId() facilityId: string, @Query() q: AsOfQueryDto): Promise<ArrearsReportDto> {
    return this.arrears.report(facilityId, q.asOf);
  }

  @Get('accounting/journal')
  @Roles(...MONEY_READERS)
  @ApiFileResponse('text/csv', 'yayoi: 弥生会計 import (Shift_JIS, 25 columns); generic: documented UTF-8 CSV')
  async export(@FacilityId() facilityId: string, @Query() q: JournalQueryDto): Promise<StreamableFile> {
    const file = await this.journal.export(facilityId, q.period, q.format ?? 'generic');
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
  trialBalance(@FacilityId() facilityId: string, @Query() q: TrialBalanceQueryDto): Promise<TrialBalanceDto> {
    return this.journal.trialBalance(facilityId, q.period);
  }
}
