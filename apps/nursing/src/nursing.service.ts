import { defineService } from '@infuse/platform';

export const nursingService = defineService({
  name: 'nursing',
  title: 'Infuse nursing API',
  portVariable: 'NURSING_PORT',
  defaultPort: 3004,
  schema: 'nursing',
});
