import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FacilitySchedule, FacilityScheduleContext, FacilityScheduleKind, OutboxService } from '@tamago/jobs';

/** The daily reminder sweep, at 09:00 in the facility's time zone unless the facility set another time. */
@Injectable()
@FacilitySchedule()
export class ReminderSweepSchedule implements FacilityScheduleKind {
  readonly kind = 'reminder-sweep';
  readonly description = '毎日のリマインダー送信 / daily reminder sweep';
  readonly defaults = { localTime: '09:00' };

  firesOn(): boolean {
    return true;
  }

  async start(em: EntityManager, outbox: OutboxService, date: string, ctx: FacilityScheduleContext): Promise<void> {
    await outbox.enqueue(em, 'reminder-sweep', { facilityId: ctx.facilityId, date });
  }
}
