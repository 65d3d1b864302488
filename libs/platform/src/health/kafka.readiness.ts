import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { kafkaConfig, type KafkaConfig } from '@infuse/config';
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { type ReadinessCheck } from './readiness-check';

@Injectable()
export class KafkaReadiness implements ReadinessCheck, OnModuleDestroy {
  readonly name = 'kafka';
  private readonly admin: Admin;
  private connected = false;

  constructor(@Inject(kafkaConfig.token) config: KafkaConfig) {
    const kafka = new Kafka({
      clientId: 'readiness',
      brokers: config.KAFKA_BROKERS,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
      connectionTimeout: 1500,
    });
    this.admin = kafka.admin();
  }

  async check(): Promise<void> {
    try {
      if (!this.connected) {
        await this.admin.connect();
        this.connected = true;
      }
      await this.admin.describeCluster();
    } catch (error) {
      this.connected = false;
      await this.admin.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin.disconnect();
  }
}
