// The nurse's pages, loaded together as one chunk (see app/lazy-page.ts). The service worker
// precaches every chunk, so they open offline too.
export { TodayVisitsPage } from './today-visits-page';
export { VisitRunnerPage } from './visit-runner-page';
