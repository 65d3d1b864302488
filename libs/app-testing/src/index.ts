export { startTestApp, type TestApp } from './test-app';
