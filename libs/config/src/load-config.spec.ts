import { authConfig } from './sections/auth.config';
import { databaseConfig } from './sections/database.config';
import { httpConfig } from './sections/http.config';
import { kafkaConfig } from './sections/kafka.config';
import { redisConfig } from './sections/redis.config';
import { ConfigValidationError } from './config-validation.error';
import { loadConfig } from './load-config';
import { describeEnvironment } from './mask-secrets';

const sections = [
  databaseConfig,
  kafkaConfig,
  authConfig,
  httpConfig('REFERRALS_PORT', 3001),
] as const;

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(sections, env);
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadConfig', () => {
  it('applies the defaults from the architecture document to an empty environment', () => {
    const config = loadConfig(sections, { NODE_ENV: 'development' });
    expect(config.database.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/infuse');
    expect(config.kafka.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3001, logLevel: 'info', docsUi: true });
    expect(config.auth.AUTH_AUDIENCE).toBe('infuse');
  });

  it('lists every invalid variable at once', () => {
    const problems = problemsOf({
      NODE_ENV: 'development',
      DATABASE_URL: 'mysql://db',
      KAFKA_BROKERS: 'localhost',
      REFERRALS_PORT: '70000',
      AUTH_JWT_SECRET: 'short',
    });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'DATABASE_URL',
      'KAFKA_BROKERS',
      'AUTH_JWT_SECRET',
      'REFERRALS_PORT',
    ]);
  });

  it('masks the password of a URL it quotes in a validation message', () => {
    const problems = problemsOf({
      NODE_ENV: 'development',
      DATABASE_URL: 'mysql://infuse:s3cret@db/infuse',
    });
    expect(problems.join('\n')).not.toContain('s3cret');
  });

  it('never repeats a secret value in a validation message', () => {
    const problems = problemsOf({ AUTH_JWT_SECRET: 'hunter2' });
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('is production, and refuses to run without a JWKS URL, unless told otherwise', () => {
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^AUTH_JWKS_URL: is required in production/),
    ]);
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^AUTH_JWKS_URL: is required in production/),
    ]);
  });

  it('splits a comma-separated broker list', () => {
    const config = loadConfig([kafkaConfig], { KAFKA_BROKERS: 'a:9092, b:9093' });
    expect(config.kafka.KAFKA_BROKERS).toEqual(['a:9092', 'b:9093']);
  });
});

describe('describeEnvironment', () => {
  it('masks secrets and URL passwords and leaves other values readable', () => {
    const described = describeEnvironment([...sections, redisConfig], {
      AUTH_JWT_SECRET: 'a'.repeat(40),
      DATABASE_URL: 'postgres://infuse:s3cret@db.internal:5432/infuse',
      REDIS_URL: 'redis://:r3dis@cache.internal:6379',
      KAFKA_BROKERS: '127.0.0.1:9092',
      UNRELATED: 'not read',
    });
    expect(described).toEqual({
      AUTH_JWT_SECRET: '****',
      DATABASE_URL: 'postgres://infuse:****@db.internal:5432/infuse',
      REDIS_URL: 'redis://:****@cache.internal:6379',
      KAFKA_BROKERS: '127.0.0.1:9092',
    });
  });
});
