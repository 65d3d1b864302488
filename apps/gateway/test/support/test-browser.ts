export interface BrowserResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The Set-Cookie lines of this answer, as sent. */
  setCookies: string[];
  json<T = unknown>(): T;
}

export interface BrowserRequest {
  /** The Origin header: the page's own by default on unsafe methods; null sends none. */
  origin?: string | null;
  json?: unknown;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

/**
 * Calls the gateway as the console's page would: cookies kept between calls and sent back,
 * Origin and Sec-Fetch-Site as a browser sets them on the page's own requests, redirects not
 * followed (the test follows them).
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly baseUrl: string,
    /** The origin the page was loaded from. */
    readonly origin: string = baseUrl,
  ) {}

  get(path: string, request: BrowserRequest = {}): Promise<BrowserResponse> {
    return this.request('GET', path, request);
  }

  post(path: string, request: BrowserRequest = {}): Promise<BrowserResponse> {
    return this.request('POST', path, request);
  }

  async request(
    method: string,
    path: string,
    { origin, json, body, headers = {} }: BrowserRequest = {},
  ): Promise<BrowserResponse> {
    const safe = method === 'GET' || method === 'HEAD';
    const sentOrigin = origin === undefined ? (safe ? undefined : this.origin) : origin;
    const sent: Record<string, string> = {
      ...(sentOrigin === null || sentOrigin === undefined ? {} : { origin: sentOrigin }),
      ...headers,
    };
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (cookie && sent['cookie'] === undefined) sent['cookie'] = cookie;
    let payload: string | Buffer | undefined = body;
    if (json !== undefined) {
      sent['content-type'] = 'application/json';
      payload = JSON.stringify(json);
    }
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers: sent,
      body: payload,
      redirect: 'manual',
    });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) this.keep(line);
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      text,
      setCookies,
      json: <T>() => JSON.parse(text) as T,
    };
  }

  private keep(setCookie: string): void {
    const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    const expires = attributes.find((attribute) => /^expires=/i.test(attribute));
    const maxAge = attributes.find((attribute) => /^max-age=/i.test(attribute));
    const gone =
      value === '' ||
      (maxAge !== undefined && Number(maxAge.split('=')[1]) <= 0) ||
      (expires !== undefined && new Date(expires.slice(8)).getTime() <= Date.now());
    if (gone) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

/** The attributes of one Set-Cookie line, by lower-case name (`httponly: ''`). */
export function cookieAttributes(setCookie: string): Record<string, string> {
  const [, ...attributes] = setCookie.split(';').map((part) => part.trim());
  return Object.fromEntries(
    attributes.map((attribute) => {
      const at = attribute.indexOf('=');
      return at === -1
        ? [attribute.toLowerCase(), '']
        : [attribute.slice(0, at).toLowerCase(), attribute.slice(at + 1)];
    }),
  );
}
