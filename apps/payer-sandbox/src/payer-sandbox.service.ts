import { defineService } from '@infuse/platform';

export const payerSandboxService = defineService({
  name: 'payer-sandbox',
  title: 'Infuse payer-sandbox API',
  portVariable: 'PAYER_SANDBOX_PORT',
  defaultPort: 3010,
  schema: 'payer_sandbox',
});
