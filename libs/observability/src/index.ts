export {
  type TraceContext,
  parseTraceparent,
  formatTraceparent,
  childSpan,
  traceFrom,
  runInTrace,
  currentTrace,
} from './trace-context';
export { METRICS_REGISTRY, MetricsRegistryModule } from './metrics-registry.module';
