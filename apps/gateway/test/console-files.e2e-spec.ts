import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type GatewayProcess, startGateway } from './support/gateway-process';
import { TestBrowser } from './support/test-browser';

const INDEX = '<!doctype html><title>Infuse</title><div id="root"></div>';
const SCRIPT = 'console.log("the console");';

describe("the console's static build", () => {
  let consoleDirectory: string;
  let gateway: GatewayProcess;
  let browser: TestBrowser;

  beforeAll(async () => {
    // Empty until the test builds it, as a gateway started before the console's build.
    consoleDirectory = mkdtempSync(join(tmpdir(), 'infuse-console-'));
    gateway = await startGateway({ CONSOLE_DIST: consoleDirectory });
    browser = new TestBrowser(gateway.url);
  });

  afterAll(async () => {
    await gateway?.stop();
    rmSync(consoleDirectory, { recursive: true, force: true });
  });

  it('answers 503 with a page saying to build the console while there is no build', async () => {
    const response = await browser.get('/referrals');

    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.text).toContain('The Infuse console is not built');
    expect(response.text).toContain(consoleDirectory);
  });

  describe('once built', () => {
    beforeAll(() => {
      mkdirSync(join(consoleDirectory, 'assets'));
      writeFileSync(join(consoleDirectory, 'index.html'), INDEX);
      writeFileSync(join(consoleDirectory, 'assets', 'index-B3x9kQ2a.js'), SCRIPT);
      writeFileSync(join(consoleDirectory, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    });

    it('serves index.html at the root, asked again each time', async () => {
      const response = await browser.get('/');

      expect(response.status).toBe(200);
      expect(response.text).toBe(INDEX);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    });

    it("serves index.html for the console's own routes, so a reload opens the same screen", async () => {
      for (const path of ['/referrals/r-1', '/pharmacy/queue?status=verified', '/visits/today']) {
        const response = await browser.get(path);
        expect(response.status).toBe(200);
        expect(response.text).toBe(INDEX);
        expect(response.headers.get('cache-control')).toBe('no-cache');
      }
    });

    it('lets browsers keep hashed assets for good, and the service worker not at all', async () => {
      const asset = await browser.get('/assets/index-B3x9kQ2a.js');
      const worker = await browser.get('/sw.js');

      expect(asset.status).toBe(200);
      expect(asset.text).toBe(SCRIPT);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(worker.status).toBe(200);
      expect(worker.headers.get('cache-control')).toBe('no-cache');
    });

    it('answers 404, not the page, for a missing file and for unknown /auth and /api paths', async () => {
      for (const path of ['/assets/index-0ld0ld00.js', '/favicon.ico', '/auth/whoami', '/api']) {
        const response = await browser.get(path);
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    });

    it('does not serve what lies outside the build', async () => {
      const response = await browser.get('/..%2f..%2fetc%2fpasswd');

      expect(response.status).not.toBe(200);
      expect(response.text).not.toContain('root:');
    });

    it("sets the browser's protections on every answer", async () => {
      for (const path of ['/', '/assets/index-B3x9kQ2a.js', '/auth/session']) {
        const { headers } = await browser.get(path);
        expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
        expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
        expect(headers.get('x-content-type-options')).toBe('nosniff');
        expect(headers.get('referrer-policy')).toBe('same-origin');
      }
    });
  });
});
