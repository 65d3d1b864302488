import { defineHttpService } from '@infuse/http';
import { startEventConsumer } from '@infuse/messaging';

export const referralsService = defineHttpService({
  name: 'referrals',
  title: 'Infuse referrals API',
  portVariable: 'REFERRALS_PORT',
  defaultPort: 3001,
  afterInit: startEventConsumer,
});

export const REFERRALS_SCHEMA = 'referrals';
