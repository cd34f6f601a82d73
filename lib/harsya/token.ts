import "server-only";

export interface IssuedToken {
  accessToken: string;
  /** Seconds, as the gateway's `expiresIn` (900 for the real gateway). */
  expiresIn: number;
}

// The docs advise renewing a minute early; a short-lived token is renewed at half its life instead.
const RENEW_EARLY_MS = 60_000;

/**
 * Caches the access token and renews it shortly before it ends. However many calls wait for a
 * token at once, only one request goes to the gateway; they all share its answer (or its error).
 */
export class AccessTokenCache {
  private current?: { token: string; renewAt: number };
  private pending?: Promise<string>;

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly now: () => number,
  ) {}

  get(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return Promise.resolve(this.current.token);
    this.pending ??= this.renew().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** Forgets a token the gateway refused, unless another call has already replaced it. */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }

  private async renew(): Promise<string> {
    const requestedAt = this.now();
    const { accessToken, expiresIn } = await this.issue();
    const lifetime = expiresIn * 1000;
    this.current = {
      token: accessToken,
      renewAt: requestedAt + lifetime - Math.min(RENEW_EARLY_MS, lifetime / 2),
    };
    return accessToken;
  }
}
