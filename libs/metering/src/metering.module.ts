import { Module } from '@nestjs/common';
import { LeasingModule } from '@tamago/leasing';
import { SpacesModule } from '@tamago/spaces';
import { ApiKeyService } from './api-key.service';
import { MeterCsvImportService } from './meter-csv-import.service';
import { MeterReadingWriter } from './meter-reading-writer';
import { MeterReadingService } from './meter-reading.service';
import { UsageService } from './usage.service';

/** Meter readings (manual, file, device), device API keys, usage per tenant and CO2. */
@Module({
  imports: [SpacesModule, LeasingModule],
  providers: [MeterReadingWriter, MeterReadingService, MeterCsvImportService, ApiKeyService, UsageService],
  exports: [MeterReadingService, MeterCsvImportService, ApiKeyService, UsageService],
})
export class MeteringModule {}
