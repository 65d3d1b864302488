/** What the browser shows when the gateway runs without the console's build beside it. */
export function consoleNotBuiltPage(consoleDirectory: string): string {
  const where = consoleDirectory.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Infuse console not built</title></head>
  <body>
    <main>
      <h1>The Infuse console is not built</h1>
      <p>The gateway serves the console from <code>${where}</code>, which has no
        <code>index.html</code>. Build the console (<code>npm start</code> does it, or
        <code>npx vite build --config apps/console/vite.config.mts</code>), or point
        <code>CONSOLE_DIST</code> at a build, then reload this page.</p>
      <p>The services' APIs are served under <code>/api/&lt;service&gt;/</code> meanwhile.</p>
    </main>
  </body>
</html>
`;
}
