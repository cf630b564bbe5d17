export { TimelineItem, TimelineSource, SourceContext, TIMELINE_SOURCES } from './timeline-item';
export { TimelineService, TimelineReader, TimelineQuery } from './timeline.service';
export { TimelineModule } from './timeline.module';
export { midnightIn } from './zoned-midnight';
