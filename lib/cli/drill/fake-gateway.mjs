// A small stand-in for the Harsya gateway on loopback, for the faults drill: it issues tokens,
// keeps sessions and honours X-REQUEST-ID like the real one, and misbehaves on POST /v2/payments
// in the mode it is set to: 500, 503, 429, hang, reset, malformed (a 200 cut off mid-JSON, after
// the session was really created), or ok.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";

const failure = (code, type, message) => ({
  code,
  message,
  error: { type, details: [], traceId: randomUUID().replaceAll("-", "") },
});

const FAILURES = {
  500: () => failure("internal_error", "GATEWAY_ERROR", "An unexpected error occurred"),
  503: () => failure("service_unavailable", "GATEWAY_ERROR", "A downstream provider is unavailable"),
  429: () => failure("frequency_above_limit", "API_ERROR", "Too many requests to this endpoint"),
};

function sessionFrom(body, base) {
  const id = randomUUID();
  const now = new Date().toISOString();
  const channel = body.paymentMethodOptions?.virtualAccount?.channel;
  const charged = Boolean(body.autoConfirm && channel);
  return {
    id,
    clientReferenceId: body.clientReferenceId,
    amount: body.amount,
    autoConfirm: body.autoConfirm ?? true,
    mode: body.mode ?? "REDIRECT",
    bypassStatusPage: false,
    redirectUrl: body.redirectUrl,
    paymentType: "SINGLE",
    paymentMethod: body.paymentMethod ?? null,
    statementDescriptor: body.statementDescriptor ?? null,
    status: charged ? "REQUIRE_ACTION" : "REQUIRE_PAYMENT_METHOD",
    createdAt: now,
    updatedAt: now,
    expiryAt: body.expiryAt,
    paymentUrl: `${base}/pay/${id}`,
    chargeDetails: charged
      ? [
          {
            id: randomUUID(),
            paymentSessionId: id,
            paymentSessionClientReferenceId: body.clientReferenceId,
            amount: body.amount,
            status: "WAITING_FOR_USER_ACTION",
            isCaptured: false,
            createdAt: now,
            updatedAt: now,
            paidAt: null,
            virtualAccount: {
              channel,
              virtualAccountNumber: `9999${String(Date.now()).slice(-12)}`,
              virtualAccountName: body.paymentMethodOptions.virtualAccount.virtualAccountName ?? "Drill",
              expiryAt: body.expiryAt,
            },
          },
        ]
      : null,
    metadata: body.metadata ?? null,
    customer: body.customer ?? null,
  };
}

export async function startFakeGateway({ port, clientId, clientSecret }) {
  const base = `http://127.0.0.1:${port}`;
  const sessions = new Map();
  const replays = new Map();
  const gateway = { base, mode: "ok", attempts: [], sessions };

  const reply = (response, status, body, headers = {}) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  };

  async function handle(request, response) {
    let text = "";
    for await (const chunk of request) text += chunk;
    const url = new URL(request.url, base);
    if (url.pathname === "/v1/access-token" && request.method === "POST") {
      const valid =
        request.headers["x-merchant-id"] === clientId &&
        request.headers["x-merchant-secret"] === clientSecret;
      if (!valid)
        return reply(response, 401, failure("credentials_invalid", "API_ERROR", "Invalid credentials"));
      return reply(response, 200, {
        code: "00",
        message: "Success",
        data: { accessToken: `fake-${randomUUID()}`, expiresIn: "900", tokenType: "Bearer" },
      });
    }
    if (!request.headers.authorization?.startsWith("Bearer fake-")) {
      return reply(response, 401, failure("credentials_invalid", "API_ERROR", "Request new access token"));
    }
    if (url.pathname === "/v2/payments" && request.method === "POST") {
      const body = JSON.parse(text || "{}");
      const requestId = request.headers["x-request-id"] ?? null;
      const mode = gateway.mode;
      gateway.attempts.push({ mode, reference: body.clientReferenceId, requestId, at: Date.now() });
      if (FAILURES[mode])
        return reply(response, Number(mode), FAILURES[mode](), mode === "429" ? { "retry-after": "1" } : {});
      if (mode === "hang") return; // held until the client gives up and closes the connection
      if (mode === "reset") return request.socket.destroy();
      const seen = requestId ? replays.get(requestId) : undefined;
      if (seen && seen.payload !== text) {
        return reply(
          response,
          409,
          failure("idempotency_error", "API_ERROR", "X-REQUEST-ID reused with another payload"),
        );
      }
      let answer = seen?.answer;
      if (!answer) {
        const session = sessionFrom(body, base);
        sessions.set(session.id, session);
        answer = { code: "00", message: "Success", data: session };
        if (requestId) replays.set(requestId, { payload: text, answer });
      }
      const json = JSON.stringify(answer);
      return reply(response, 200, mode === "malformed" ? json.slice(0, Math.floor(json.length / 2)) : json);
    }
    if (url.pathname === "/v2/payments" && request.method === "GET") {
      const reference = url.searchParams.get("clientReferenceId");
      const data = [...sessions.values()].filter((s) => !reference || s.clientReferenceId === reference);
      return reply(response, 200, {
        code: "00",
        message: "Success",
        data,
        pagination: { page: 1, perPage: 100, totalItems: data.length, totalPages: 1 },
      });
    }
    const match = /^\/v2\/payments\/([^/]+)(\/cancel)?$/.exec(url.pathname);
    const session = match && sessions.get(match[1]);
    if (!session) return reply(response, 404, failure("not_found", "API_ERROR", "Payment session not found"));
    if (match[2] && request.method === "POST") {
      Object.assign(session, {
        status: "CANCELLED",
        cancellationReason: JSON.parse(text || "{}").cancellationReason,
      });
    }
    return reply(response, 200, { code: "00", message: "Success", data: session });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) =>
      reply(response, 500, failure("internal_error", "GATEWAY_ERROR", String(error))),
    );
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  gateway.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return gateway;
}
