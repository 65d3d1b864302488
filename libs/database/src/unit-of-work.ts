import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs a use case's writes in one transaction: the caller's, when it already holds one (an event
 * consumer's inbox transaction, so the event, its effects and their events commit together), or
 * a new one (an HTTP request, a job).
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(
    within: EntityManager | undefined,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    if (within?.queryRunner?.isTransactionActive) return work(within);
    return this.dataSource.transaction(work);
  }
}
