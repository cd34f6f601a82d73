import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { failureResponse, failures } from "@/lib/sandbox/envelope";
import { answerUndecodablePath, isDecodablePath } from "./path-encoding";

const BAD = "%E0%A4%A";

describe("isDecodablePath", () => {
  it.each(["/", "/products/kopi-gayo-arabica", "/orders/%20", "/products/%E0%A4%A4", "/a/%00", "/%25E0"])(
    "accepts %s",
    (path) => {
      expect(isDecodablePath(path)).toBe(true);
    },
  );

  it.each([`/orders/${BAD}`, "/a/%", "/a/%zz", "/a/%E0", "/a/%ED%A0%80", `/api/orders/${BAD}/confirm`])(
    "refuses %s",
    (path) => {
      expect(isDecodablePath(path)).toBe(false);
    },
  );
});

describe("answerUndecodablePath", () => {
  const answer = (path: string, method = "GET") =>
    answerUndecodablePath(new NextRequest(`http://shop.example${path}`, { method }), () =>
      failureResponse(failures.endpointMissing()),
    );

  it("lets every decodable path through", () => {
    expect(answer("/products/kopi-gayo-arabica")).toBeUndefined();
    expect(answer("/api/cart/lines/7", "DELETE")).toBeUndefined();
    expect(answer("/sandbox/v2/payments/%00")).toBeUndefined();
  });

  it("answers the shop API with a JSON 400 naming the path", async () => {
    for (const path of [`/api/cart/lines/${BAD}`, `/api/orders/${BAD}/confirm`, `/api/auth/${BAD}`]) {
      const response = answer(path, "POST");
      expect(response?.status).toBe(400);
      expect(await response?.json()).toEqual({
        error: {
          code: "malformed_path",
          message: expect.any(String),
          // No Accept-Language and no cookie: Indonesian, the default.
          fields: { path: "Alamat memiliki kode %-escape yang rusak." },
        },
      });
    }
  });

  it("answers the sandbox API with the gateway's 404 envelope", async () => {
    const response = answer(`/sandbox/v2/payments/${BAD}/cancel`, "POST");
    expect(response?.status).toBe(404);
    expect(await response?.json()).toMatchObject({ code: "not_found", error: { type: "GATEWAY_ERROR" } });
  });

  it("sends pages to the 404 page", () => {
    for (const path of [`/orders/${BAD}`, `/products/${BAD}`, `/sandbox/pay/${BAD}`]) {
      const response = answer(path);
      expect(response?.status).toBe(404);
      expect(response?.headers.get("x-middleware-rewrite")).toBe("http://shop.example/_not-found");
    }
  });
});
