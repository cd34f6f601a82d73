import { describe, expect, it } from "vitest";
import { HarsyaError } from "./errors";
import { callGateway, type Transport } from "./transport";

// Answers the docs describe but the sandbox does not produce: the other spelling of the trace
// key, a proxy's HTML error page, an error code inside a 200, a Retry-After.

function transport(answers: Array<() => Response>, delays: number[] = []): Transport {
  let call = 0;
  return {
    baseUrl: "https://gateway.example",
    timeoutMs: 1_000,
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 400 },
    fetch: async () => {
      const answer = answers[Math.min(call, answers.length - 1)];
      call += 1;
      if (!answer) throw new Error("no answer configured");
      return answer();
    },
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    headers: {},
  };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json", ...headers },
    });

async function failure(promise: Promise<unknown>): Promise<HarsyaError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof HarsyaError)) throw new Error("expected a HarsyaError");
  return error;
}

const read = { method: "GET", path: "/v2/payments/x", retry: true } as const;

describe("callGateway", () => {
  it("reads the Errors page's shape: numeric-style code and trace_id", async () => {
    const error = await failure(
      callGateway(
        transport([
          json(400, {
            code: "400100xxx",
            message: "Bad request",
            error: {
              type: "API_ERROR",
              details: [{ field: "amount", message: "required" }],
              trace_id: "abc123",
            },
          }),
        ]),
        read,
      ),
    );
    expect(error).toMatchObject({
      status: 400,
      code: "400100xxx",
      type: "API_ERROR",
      traceId: "abc123",
      details: [{ field: "amount", message: "required" }],
      retryable: false,
    });
  });

  it("names a non-JSON 502 by its status and retries it", async () => {
    const delays: number[] = [];
    const html = () => new Response("<html>Bad Gateway</html>", { status: 502 });
    const error = await failure(callGateway(transport([html], delays), read));
    expect(error).toMatchObject({ status: 502, code: "bad_gateway", retryable: true });
    // Three tries, two waits: half fixed, half jitter, doubling from 100 ms.
    expect(delays).toEqual([75, 150]);
  });

  it("treats an error code inside a 200 as a definite failure", async () => {
    const error = await failure(
      callGateway(transport([json(200, { code: "general_error", message: "Nope" })]), read),
    );
    expect(error).toMatchObject({ status: 200, code: "general_error", retryable: false });
  });

  it("waits as long as Retry-After asks, within the policy's ceiling", async () => {
    const delays: number[] = [];
    const reply = await callGateway(
      transport(
        [
          json(429, { code: "frequency_above_limit", message: "Slow down" }, { "Retry-After": "1" }),
          json(200, { code: "00", message: "OK", data: { ok: true } }),
        ],
        delays,
      ),
      read,
    );
    expect(reply.data).toEqual({ ok: true });
    expect(delays).toEqual([400]);
  });

  it("sends an unsafe call once", async () => {
    const delays: number[] = [];
    const error = await failure(
      callGateway(transport([json(503, { code: "service_unavailable" })], delays), {
        method: "POST",
        path: "/v2/payments/x/confirm",
        body: {},
        retry: false,
      }),
    );
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(delays).toEqual([]);
  });

  it("reports a caller's cancellation as aborted, not retried", async () => {
    const controller = new AbortController();
    controller.abort();
    const aborting = transport([]);
    aborting.fetch = (_input, init) => Promise.reject(init?.signal?.reason ?? new Error("aborted"));
    const error = await failure(callGateway(aborting, { ...read, signal: controller.signal }));
    expect(error).toMatchObject({ status: 0, code: "aborted", retryable: false });
  });
});
