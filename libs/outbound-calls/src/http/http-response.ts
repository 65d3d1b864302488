/** A receiver's answer, read in full within the try's timeout. */
export class HttpResponse {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly body: Buffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  text(): string {
    return this.body.toString('utf8');
  }

  json(): unknown {
    return JSON.parse(this.text());
  }
}
