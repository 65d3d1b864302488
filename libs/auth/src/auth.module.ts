import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { authConfig, type AuthConfig } from '@infuse/config';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuditWriter } from './audit/audit-writer';
import { AuthGuard } from './auth.guard';
import { JwtVerifier } from './jwt/jwt-verifier';

/**
 * Authentication, role checks and the audit log for an HTTP app. Needs ConfigModule with the
 * auth section and a TypeORM DataSource whose entities include AuditEntryRecord.
 */
@Module({})
export class AuthModule {
  static forRoot(): DynamicModule {
    const verifier = {
      provide: JwtVerifier,
      inject: [authConfig.token],
      useFactory: (config: AuthConfig) => new JwtVerifier(config),
    };
    return {
      module: AuthModule,
      global: true,
      providers: [
        verifier,
        AuditWriter,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
      exports: [JwtVerifier, AuditWriter],
    };
  }
}
