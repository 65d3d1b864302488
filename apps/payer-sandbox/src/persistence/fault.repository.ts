import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type FaultOperation, type FaultRequest, type FaultTiming } from '../faults/injected-fault';

/** Injected failures, in PostgreSQL so every instance counts down the same ones. */
@Injectable()
export class FaultRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(id: string, fault: FaultRequest, createdAt: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO injected_fault (id, payer_id, operation, timing, status, remaining, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, fault.payerId, fault.operation, fault.when, fault.status, fault.count, createdAt],
    );
  }

  /**
   * Takes one failure due for this call, oldest first, and returns its status. The row lock
   * makes concurrent calls (on any instance) take one each, never the same one twice.
   */
  async take(
    payerId: string,
    operation: FaultOperation,
    timing: FaultTiming,
  ): Promise<number | undefined> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [rows] = await this.dataSource.query<[{ status: number }[], number]>(
      `UPDATE injected_fault SET remaining = remaining - 1
        WHERE remaining > 0
          AND id = (SELECT id FROM injected_fault
                     WHERE payer_id = $1 AND operation = $2 AND timing = $3 AND remaining > 0
                     ORDER BY created_at, id
                     LIMIT 1
                     FOR UPDATE)
        RETURNING status`,
      [payerId, operation, timing],
    );
    return rows[0]?.status;
  }

  /** Forgets every failure still due; says how many calls would have failed. */
  async clear(): Promise<number> {
    const [rows] = await this.dataSource.query<[{ remaining: number }[], number]>(
      `DELETE FROM injected_fault WHERE remaining > 0 RETURNING remaining`,
    );
    return rows.reduce((sum, row) => sum + row.remaining, 0);
  }
}
