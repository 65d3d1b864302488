export * from './pas-decision';
