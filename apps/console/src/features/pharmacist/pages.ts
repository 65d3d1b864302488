// The pharmacist's pages, loaded together as one chunk (see app/lazy-page.ts).
export { DispensePage } from './dispense-page';
export { DispenseQueuePage } from './dispense-queue-page';
