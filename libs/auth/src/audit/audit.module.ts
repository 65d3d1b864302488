import { Global, Module } from '@nestjs/common';
import { AuditWriter } from './audit-writer';

/**
 * The audit log, for every kind of app: HTTP routes, event consumers and jobs all record who
 * read or changed patient data. Needs a TypeORM DataSource whose entities include
 * AuditEntryRecord.
 */
@Global()
@Module({ providers: [AuditWriter], exports: [AuditWriter] })
export class AuditModule {}
