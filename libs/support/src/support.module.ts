import { Module } from '@nestjs/common';
import { SupportTimelineSource } from './support-timeline.source';

/** Support programmes: subsidy cases, advisors, advisory sessions and the case log. */
@Module({
  providers: [SupportTimelineSource],
  exports: [SupportTimelineSource],
})
export class SupportModule {}
