import {
  childSpan,
  currentTrace,
  formatTraceparent,
  parseTraceparent,
  runInTrace,
  traceFrom,
} from './trace-context';

const header = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('trace context', () => {
  it('reads and writes a W3C traceparent', () => {
    const context = parseTraceparent(header);
    expect(context).toEqual({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      sampled: true,
    });
    expect(formatTraceparent(context!)).toBe(header);
  });

  it.each([
    '',
    'garbage',
    '00-00000000000000000000000000000000-b7ad6b7169203331-01',
    '01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  ])('ignores the invalid traceparent %j', (value) => {
    expect(parseTraceparent(value)).toBeUndefined();
  });

  it('continues a caller trace with a new span', () => {
    const continued = traceFrom(header);
    expect(continued.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(continued.spanId).not.toBe('b7ad6b7169203331');
    expect(childSpan(continued).traceId).toBe(continued.traceId);
  });

  it('starts a new trace without one', () => {
    expect(traceFrom(undefined).traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps the current trace across awaits', async () => {
    const context = traceFrom(header);
    await runInTrace(context, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentTrace()).toBe(context);
    });
    expect(currentTrace()).toBeUndefined();
  });
});
