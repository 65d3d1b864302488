import { defineHttpService } from '@infuse/http';

export const referralsService = defineHttpService({
  name: 'referrals',
  title: 'Infuse referrals API',
  portVariable: 'REFERRALS_PORT',
  defaultPort: 3001,
});

export const REFERRALS_SCHEMA = 'referrals';
