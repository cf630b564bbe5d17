export { type AuditEvent, AuditAction } from './audit-event.entity';
export { Audited, AuditOptions, auditOptionsOf } from './audited';
export { AuditSubscriber, auditCreated } from './audit.subscriber';
export { AuditModule } from './audit.module';
export { AuditService, AuditQuery } from './audit.service';
