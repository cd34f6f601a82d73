import type { z } from "zod";
import { HarsyaError } from "./errors";
import type { CallOptions, RefundList } from "./gateway";
import { read } from "./read";
import { isValidRequestId } from "./request-id";
import { PaginationSchema } from "./session";
import type { GatewayReply, GatewayRequest } from "./transport";
import { RefundSchema, type CreateRefundRequest, type Refund } from "./wire-refunds";

type Authorized = (request: GatewayRequest) => Promise<GatewayReply>;

const invalid = (message: string, field: string) =>
  new HarsyaError({
    message,
    status: 0,
    code: "invalid_request",
    details: [{ field, message }],
    retryable: false,
  });

/**
 * The refund endpoints (v1) over an authorized call. The create carries `X-REQUEST-ID`, so it is
 * retried like a payment create: the gateway replays its first answer instead of refunding twice.
 */
export function refundCalls(authorized: Authorized) {
  const one = async (request: GatewayRequest): Promise<Refund> => {
    const reply = await authorized(request);
    return read(RefundSchema, reply.data, reply.status, "refund");
  };
  return {
    create(body: CreateRefundRequest, options: { requestId: string } & CallOptions): Promise<Refund> {
      if (!isValidRequestId(options.requestId)) {
        throw invalid("X-REQUEST-ID must be 16 to 36 letters and digits", "X-REQUEST-ID");
      }
      return one({
        method: "POST",
        path: "/v1/refunds",
        body,
        headers: { ...options.headers, "X-REQUEST-ID": options.requestId },
        signal: options.signal,
        retry: true,
      });
    },
    get(id: string, options: CallOptions): Promise<Refund> {
      if (id.trim() === "") throw invalid("A refund id is required", "id");
      return one({ method: "GET", path: `/v1/refunds/${encodeURIComponent(id)}`, ...options, retry: true });
    },
    async list(
      query: Record<string, string | number | undefined>,
      options: CallOptions,
    ): Promise<RefundList> {
      const reply = await authorized({ method: "GET", path: "/v1/refunds", query, ...options, retry: true });
      const items = read(RefundSchema.array(), reply.data ?? [], reply.status, "refund list");
      const pagination = reply.pagination
        ? read(PaginationSchema, reply.pagination, reply.status, "pagination")
        : { page: 1, perPage: items.length, totalItems: items.length, totalPages: items.length > 0 ? 1 : 0 };
      return { items, pagination: pagination as z.output<typeof PaginationSchema> };
    },
  };
}
