export interface TestResponse<Body = unknown> {
  status: number;
  headers: Headers;
  body: Body;
}

/** A thin fetch wrapper for calling an app under test over real HTTP. */
export class TestHttpClient {
  constructor(private readonly baseUrl: string) {}

  async request<Body = unknown>(
    method: string,
    path: string,
    options: {
      token?: string;
      json?: unknown;
      rawBody?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<TestResponse<Body>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.rawBody !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = options.rawBody;
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    const parsed: unknown =
      text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
    return { status: response.status, headers: response.headers, body: parsed as Body };
  }

  get<Body = unknown>(path: string, token?: string): Promise<TestResponse<Body>> {
    return this.request<Body>('GET', path, token ? { token } : {});
  }

  post<Body = unknown>(path: string, json: unknown, token?: string): Promise<TestResponse<Body>> {
    return this.request<Body>('POST', path, { json, ...(token ? { token } : {}) });
  }
}
