/**
 * Group commit for audit rows written outside a transaction (the reads of patient data): while
 * one insert is on its way, the rows of concurrent requests gather and go in the next insert
 * together, so under load many reads cost one round trip to PostgreSQL instead of one each.
 * Every caller still waits until its own row is stored: nothing is answered unaudited.
 */
export class AuditRowBatcher<Row> {
  private waiting: { row: Row; stored: () => void; failed: (error: unknown) => void }[] = [];
  private inserting = false;

  constructor(private readonly insertAll: (rows: Row[]) => Promise<void>) {}

  add(row: Row): Promise<void> {
    return new Promise<void>((stored, failed) => {
      this.waiting.push({ row, stored, failed });
      if (!this.inserting) void this.insertWaiting();
    });
  }

  private async insertWaiting(): Promise<void> {
    this.inserting = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        await this.insertAll(batch.map((entry) => entry.row));
        for (const entry of batch) entry.stored();
      } catch (error) {
        for (const entry of batch) entry.failed(error);
      }
    }
    this.inserting = false;
  }
}
