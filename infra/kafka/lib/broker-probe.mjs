// Is a Kafka broker answering at an address? One real client call tells.
import kafkajs from 'kafkajs';

const { Kafka, logLevel } = kafkajs;

/**
 * One quick kafkajs admin call. Returns { clusterId, brokers } when a Kafka broker answers
 * at the address, null otherwise. Never retries: callers poll.
 */
export async function probe(address) {
  const kafka = new Kafka({
    clientId: 'infuse-broker-probe',
    brokers: [address],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 3_000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    const cluster = await withTimeout(
      (async () => {
        await admin.connect();
        return admin.describeCluster();
      })(),
      5_000,
    );
    return cluster.brokers.length > 0 ? cluster : null;
  } catch {
    return null;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
