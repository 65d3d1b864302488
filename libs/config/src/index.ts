export { defineConfigSection, type ConfigSection, type SectionValue } from './config-section';
export { ConfigValidationError } from './config-validation.error';
export { loadConfig, type LoadedConfig } from './load-config';
export { describeEnvironment, maskUrlPassword } from './mask-secrets';
export { ConfigModule } from './config.module';
export { databaseConfig, type DatabaseConfig } from './sections/database.config';
export { redisConfig, type RedisConfig } from './sections/redis.config';
export { kafkaConfig, type KafkaConfig } from './sections/kafka.config';
export { authConfig, type AuthConfig, DEVELOPMENT_JWT_SECRET } from './sections/auth.config';
export { httpConfig, type HttpConfig } from './sections/http.config';
export { type Clock, CLOCK, SystemClock, clockConfig, type ClockConfig } from './clock';
export {
  serviceIdentityConfig,
  type ServiceIdentityConfig,
} from './sections/service-identity.config';
