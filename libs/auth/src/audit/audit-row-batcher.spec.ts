import { AuditRowBatcher } from './audit-row-batcher';

/** An insert the test finishes by hand, to hold rows back while it is on its way. */
function controlledInserts() {
  const inserts: { rows: string[]; finish: (error?: Error) => void }[] = [];
  const insertAll = (rows: string[]) =>
    new Promise<void>((resolve, reject) =>
      inserts.push({ rows, finish: (error) => (error ? reject(error) : resolve()) }),
    );
  return { inserts, insertAll };
}

describe('AuditRowBatcher', () => {
  it('inserts a lone row at once, and the rows that arrive meanwhile together next', async () => {
    const { inserts, insertAll } = controlledInserts();
    const batcher = new AuditRowBatcher(insertAll);

    const first = batcher.add('a');
    const later = [batcher.add('b'), batcher.add('c'), batcher.add('d')];
    expect(inserts.map((insert) => insert.rows)).toEqual([['a']]);

    inserts[0]!.finish();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(inserts.map((insert) => insert.rows)).toEqual([['a'], ['b', 'c', 'd']]);
    inserts[1]!.finish();
    await Promise.all(later);
  });

  it('answers no caller before its own row is stored', async () => {
    const { inserts, insertAll } = controlledInserts();
    const batcher = new AuditRowBatcher(insertAll);
    let stored = false;
    const pending = batcher.add('a').then(() => (stored = true));

    await new Promise((resolve) => setImmediate(resolve));
    expect(stored).toBe(false);
    inserts[0]!.finish();
    await pending;
    expect(stored).toBe(true);
  });

  it('fails every caller of a failed insert, and goes on with the next rows', async () => {
    const { inserts, insertAll } = controlledInserts();
    const batcher = new AuditRowBatcher(insertAll);
    const first = batcher.add('a');
    const second = batcher.add('b');

    inserts[0]!.finish(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await new Promise((resolve) => setImmediate(resolve));
    inserts[1]!.finish();
    await expect(second).resolves.toBeUndefined();
  });
});
