export * from './pas-request-input';
