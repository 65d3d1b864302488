import { join } from 'node:path';
import {
  formatFiles,
  type GeneratorCallback,
  generateFiles,
  installPackagesTask,
  logger,
  names,
  readJson,
  type Tree,
} from '@nx/devkit';
import { type ServiceGeneratorSchema } from './schema';
import { choosePort, registerService } from './service-registry';

// Lower-case words joined by hyphens: a service name is also the context of its topics
// (`<context>.<aggregate>.v<major>`, letters and hyphens only).
const SERVICE_NAME = /^[a-z]+(-[a-z]+)*$/;

/**
 * `npx nx g @infuse/tools:service <name>`: a service in apps/<name> in the house shape (see
 * apps/referrals), listed where the workspace lists its services: the `ServiceName` union, the
 * module-boundary rules and the architecture document.
 */
export default async function serviceGenerator(
  tree: Tree,
  options: ServiceGeneratorSchema,
): Promise<GeneratorCallback> {
  const { name } = options;
  refuseUnusable(tree, name);
  const service = {
    name,
    schema: name.replace(/-/g, '_'),
    port: choosePort(tree, name, options.port),
  };
  const root = `apps/${name}`;
  const forms = names(name);
  generateFiles(tree, join(__dirname, 'files'), root, {
    ...forms,
    ...service,
    migrationTimestamp: Date.now(),
    tmpl: '',
  });
  const registered = registerService(tree, service);
  await formatFiles(tree);
  return () => {
    // npm links apps/<name> as a workspace package and records it in package-lock.json, which
    // `npm ci` checks against package.json's workspaces.
    installPackagesTask(tree, true);
    logger.info(
      `Service ${name} in ${root}: port ${service.port} (${forms.constantName}_PORT), schema ${service.schema}.`,
    );
    if (registered.length > 0) logger.info(`Listed it in ${registered.join(', ')}.`);
    logger.info(`Check it: npx nx run-many -t typecheck lint test -p ${name}`);
  };
}

function refuseUnusable(tree: Tree, name: string): void {
  if (!SERVICE_NAME.test(name))
    throw new Error(
      `"${name}" is not a service name: use lower-case words joined by hyphens, e.g. prior-auth.`,
    );
  if (tree.exists(`apps/${name}`)) throw new Error(`apps/${name} already exists.`);
  if (projectNames(tree).has(name)) throw new Error(`A project named ${name} already exists.`);
}

/**
 * The names in every project.json one or two folders deep (apps/x, libs/x, tools). Nx's
 * getProjects would also do, but it indexes the whole workspace on disk, and at times hangs
 * doing so under Jest.
 */
function projectNames(tree: Tree): Set<string | undefined> {
  const folders = tree
    .children('')
    .filter((child) => !child.startsWith('.') && child !== 'node_modules' && !tree.isFile(child));
  const projectFiles = folders.flatMap((folder) => [
    `${folder}/project.json`,
    ...tree.children(folder).map((child) => `${folder}/${child}/project.json`),
  ]);
  return new Set(
    projectFiles
      .filter((path) => tree.isFile(path))
      .map((path) => readJson<{ name?: string }>(tree, path).name),
  );
}
