import { defineService } from '@infuse/platform';

export const workersService = defineService({
  name: 'workers',
  title: 'Infuse workers API',
  portVariable: 'WORKERS_PORT',
  defaultPort: 3005,
  schema: 'workers',
});
