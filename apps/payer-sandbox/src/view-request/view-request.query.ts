import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mayActForPayer, type Principal } from '@infuse/auth';
import { checkRequestBundle, readRequestFacts } from '@infuse/pas';
import { DataSource } from 'typeorm';
import { AuthorizationRequestRepository } from '../persistence/authorization-request.repository';
import { type RequestView, requestViewOf } from './request-view';

/** One request as a reviewer reads it; undefined when it does not exist for this reviewer. */
@Injectable()
export class ViewRequestQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: AuthorizationRequestRepository,
  ) {}

  async execute(id: string, reviewer: Principal): Promise<RequestView | undefined> {
    const request = await this.requests.find(this.dataSource.manager, id);
    if (!request || !mayActForPayer(reviewer, request.payerId)) return undefined;
    const stored = checkRequestBundle(request.requestBundle, 'submit');
    if (!stored.valid) throw new Error('a stored request no longer passes the structural check');
    return requestViewOf(request, readRequestFacts(stored.request));
  }
}
