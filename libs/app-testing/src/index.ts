export { startTestApp, type TestApp } from './test-app';
export { startEventFeed, type EventFeed, type FeedOptions } from './event-feed';
