import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from '@infuse/auth';
import { ProblemDetailsFilter } from './problems/problem-details.filter';

/**
 * The HTTP layer over an app's CoreModule: bearer-token authentication with roles (and service
 * callers), audited routes, and problem documents for every error.
 */
@Module({
  imports: [AuthModule.forRoot()],
  providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
})
export class HttpApiModule {}
