import { defineService } from '@infuse/platform';

export const priorAuthService = defineService({
  name: 'prior-auth',
  title: 'Infuse prior-auth API',
  portVariable: 'PRIOR_AUTH_PORT',
  defaultPort: 3002,
  schema: 'prior_auth',
});
