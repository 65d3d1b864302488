import { defineService } from '@infuse/platform';

export const pharmacyService = defineService({
  name: 'pharmacy',
  title: 'Infuse pharmacy API',
  portVariable: 'PHARMACY_PORT',
  defaultPort: 3003,
  schema: 'pharmacy',
});
