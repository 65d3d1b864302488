export interface ServiceGeneratorSchema {
  /** The service's name in kebab-case, e.g. `prior-auth`: its folder, project and event source. */
  name: string;
  /** Its default HTTP port; by default the one docs/architecture.md reserves, else the next free one. */
  port?: number;
}
