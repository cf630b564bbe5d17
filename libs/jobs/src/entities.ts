// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { OutboxMessage } from './outbox-message.entity';
import { ScheduleRun } from './schedule-run.entity';
import { ScheduleSetting } from './schedule-setting.entity';

export { OutboxMessage, ScheduleRun, ScheduleSetting };

/** Every entity of this context, in the order libs/schema lists them. */
export const JOBS_ENTITIES = [OutboxMessage, ScheduleRun, ScheduleSetting];
