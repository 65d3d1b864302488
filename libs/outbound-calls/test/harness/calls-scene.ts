import { dropSchema, TEST_DATABASE_URL, uniqueSuffix } from '@infuse/testing';
import { type DataSource } from 'typeorm';
import { harnessDataSource } from './harness-database';
import { type HarnessTarget } from './harness-dispatcher';
import { TestReceiver } from './test-receiver';

export interface CallsScene {
  readonly schema: string;
  readonly dataSource: DataSource;
  /** A fresh receiver for each test. */
  readonly receiver: TestReceiver;
  readonly target: HarnessTarget;
}

/** Registers the hooks of one test file: its own migrated schema, and a receiver per test. */
export function callsScene(prefix: string): CallsScene {
  const schema = `${prefix}_${uniqueSuffix()}`;
  let dataSource: DataSource | undefined;
  let receiver: TestReceiver | undefined;
  beforeAll(async () => {
    dataSource = await harnessDataSource(TEST_DATABASE_URL, schema);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await dropSchema(schema);
  });
  beforeEach(async () => {
    receiver = await new TestReceiver().start();
  });
  afterEach(async () => {
    await receiver?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the scene is used outside a test');
    return value;
  };
  return {
    schema,
    get dataSource() {
      return ready(dataSource);
    },
    get receiver() {
      return ready(receiver);
    },
    get target() {
      return {
        dataSource: ready(dataSource),
        databaseUrl: TEST_DATABASE_URL,
        schema,
        receiverUrl: ready(receiver).url,
      };
    },
  };
}
