import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { authConfig, type AuthConfig } from '@infuse/config';
import { AuditInterceptor } from './audit/audit.interceptor';
import { AuthGuard } from './auth.guard';
import { JwtVerifier } from './jwt/jwt-verifier';

/**
 * Authentication and role checks for an HTTP API, with refusals and audited routes written to
 * the audit log. Needs ConfigModule with the auth section and AuditModule.
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
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
      exports: [JwtVerifier],
    };
  }
}
