import { startTestApp, type TestApp } from '@infuse/app-testing';
import { tokenFor, TopicReader } from '@infuse/testing';
import { ReferralsModule } from '../src/referrals.module';
import { referralsService } from '../src/referrals.service';

export interface ReferralsTestService {
  service: TestApp;
  /** Everything the service publishes on its referral topic. */
  topic: TopicReader;
  coordinator: string;
  stop(): Promise<void>;
}

/** The referrals service on the real infrastructure, a reader of its topic and a coordinator's token. */
export async function startReferralsService(coordinatorId: string): Promise<ReferralsTestService> {
  const service = await startTestApp(referralsService, (env) => ReferralsModule.register(env));
  const topic = await TopicReader.start(`${service.topicPrefix}referrals.referral.v1`);
  return {
    service,
    topic,
    coordinator: await tokenFor('intake_coordinator', coordinatorId),
    async stop() {
      await topic.stop();
      await service.close();
    },
  };
}
