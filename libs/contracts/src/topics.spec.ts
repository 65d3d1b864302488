import { deadLetterTopic, TOPIC_NAMES, TOPICS } from './topics';

describe('topics', () => {
  it.each(TOPIC_NAMES)('%s is named <context>.<aggregate>.v<major>', (topic) => {
    expect(topic).toMatch(/^[a-z-]+\.[a-z-]+\.v\d+$/);
    expect(topic.startsWith(`${TOPICS[topic].producer}.`)).toBe(true);
    expect(TOPICS[topic].partitions).toBeGreaterThan(0);
  });

  it('sends dead letters to <topic>.dlq', () => {
    expect(deadLetterTopic('referrals.referral.v1')).toBe('referrals.referral.v1.dlq');
  });
});
