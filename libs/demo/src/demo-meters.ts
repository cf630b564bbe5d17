import { Injectable } from '@nestjs/common';
import { addDays, addMonths, runAt } from '@tamago/core';
import { MeterReadingService, UsageService, type NewMeterReading } from '@tamago/metering';
import { DemoContext, demoRandom, when } from './demo-context';
import type { DemoSpace } from './demo-tenants';

// Air conditioning: more in summer and winter (index 0 = January).
const SEASON = [1.25, 1.2, 1.0, 0.85, 0.9, 1.05, 1.3, 1.4, 1.15, 0.9, 0.95, 1.15];
const WATERED = ['wet_lab', 'kitchen_lab'];

/**
 * Seeds a year of monthly readings for every space let today, as the meters' devices sent them
 * (through MeterReadingService.recordMany, by the rules of every reading): electricity for all,
 * water for wet and kitchen labs; a baseline at the end of the 13th month back and one reading at
 * each month end since. One meter is replaced half-way, to show the replacement rule. Also sets
 * the emission factor.
 */
@Injectable()
export class DemoMetersSeeder {
  constructor(
    private readonly readings: MeterReadingService,
    private readonly usage: UsageService,
  ) {}

  async seed(ctx: DemoContext, spaces: DemoSpace[]): Promise<void> {
    const rand = demoRandom(20_260_501);
    const rows: NewMeterReading[] = [];
    spaces
      .filter((s) => s.let)
      .forEach((space, index) => {
        const kinds: NewMeterReading['kind'][] = WATERED.includes(space.typeCode)
          ? ['electricity', 'water']
          : ['electricity'];
        for (const kind of kinds) {
          const perMonth =
            kind === 'water'
              ? 2 + Number(space.areaSqm) / 10
              : 20 + Number(space.areaSqm) * (space.typeCode.includes('lab') ? 30 : 10);
          let value = Math.floor(rand() * 50_000);
          for (let m = -13; m <= -1; m++) {
            const readOn = addDays(addMonths(ctx.anchor, m + 1), -1);
            const month = Number(readOn.slice(5, 7)) - 1;
            const used =
              m === -13 ? 0 : Math.round(perMonth * (kind === 'water' ? 1 : SEASON[month]) * (0.85 + rand() * 0.3));
            const replaced = index === 0 && kind === 'electricity' && m === -6;
            if (replaced) {
              const oldFinal = value + Math.floor(used / 2);
              value = used - Math.floor(used / 2);
              rows.push({
                spaceCode: space.code,
                kind,
                readOn,
                value,
                isReplacement: true,
                oldMeterFinal: oldFinal,
                newMeterInitial: 0,
              });
            } else {
              value += used;
              rows.push({ spaceCode: space.code, kind, readOn, value });
            }
          }
        }
      });
    await runAt(when(addDays(ctx.anchor, -1), '18:00'), async () => {
      await this.readings.recordMany(ctx.facilityId, { source: 'device', userId: null, apiKeyId: null }, rows);
      await this.usage.saveSettings(ctx.facilityId, ctx.staff.admin, { emissionFactor: '0.000434' });
    });
  }
}
