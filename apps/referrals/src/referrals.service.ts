import { defineService } from '@infuse/platform';

export const referralsService = defineService({
  name: 'referrals',
  title: 'Infuse referrals API',
  portVariable: 'REFERRALS_PORT',
  defaultPort: 3001,
  schema: 'referrals',
});
