import { placeholder } from '@infuse/clinical';
describe('placeholder', () => { it('is one', () => { expect(placeholder).toBe(1); }); });
