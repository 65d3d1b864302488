// npm run dlq -- list <topic>
// npm run dlq -- replay <topic> [--id <event id>]
import { buildWorkspace, requireBuilt } from './lib/build.mjs';

try {
  buildWorkspace();
  const { runDeadLetterCommand } = requireBuilt('@infuse/messaging');
  const { kafkaConfig, loadConfig } = requireBuilt('@infuse/config');
  const { kafka } = loadConfig([kafkaConfig]);
  process.exitCode = await runDeadLetterCommand(process.argv.slice(2), kafka, (line) =>
    console.log(line),
  );
} catch (error) {
  console.error(`dlq: ${error.message}`);
  process.exitCode = 1;
}
