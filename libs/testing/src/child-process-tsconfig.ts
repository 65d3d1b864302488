import { join } from 'node:path';

/**
 * The TypeScript settings for a test's child process run with tsx (`TSX_TSCONFIG_PATH`): tsx
 * applies decorator settings only to files its tsconfig includes, and a child process loads code
 * from every library.
 */
export const CHILD_PROCESS_TSCONFIG = join(__dirname, '..', 'tsconfig.child-process.json');
