import { createGateway } from './gateway';

/**
 * Starts the gateway on its configured address and tells a supervising process (npm start) where,
 * as every Infuse app does; SIGTERM and SIGINT close it after the requests in flight.
 */
async function main(): Promise<void> {
  const { server, config } = await createGateway(process.env);
  const url = await server.listen({ port: config.http.port, host: config.http.host });
  server.log.info(`gateway listening on ${url}; the console is at ${config.gateway.publicOrigin}`);
  process.send?.({ service: 'gateway', listening: url });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  // A failed boot exits with its reason, never a stack of data (as exitOnBootFailure does).
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
