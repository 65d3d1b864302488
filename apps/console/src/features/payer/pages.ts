// The payer reviewer's pages, loaded together as one chunk (see app/lazy-page.ts).
export { RequestPage } from './request-page';
export { RequestsInboxPage } from './requests-inbox-page';
