import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { isWebhookSecret, signedHeaders, verifySignature } from "./signature";

const secret = `whsec_${randomBytes(32).toString("base64")}`;
const body = JSON.stringify({ type: "order.paid", timestamp: "2026-01-01T00:00:00.000Z", data: { a: 1 } });

describe("Standard Webhooks signatures", () => {
  it("are accepted by the official library", () => {
    const headers = signedHeaders(secret, "msg_abc", new Date(), body);
    expect(headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("match the official library's own signature byte for byte", () => {
    const at = new Date("2026-11-26T10:00:00Z");
    const headers = signedHeaders(secret, "msg_fixed", at, body);
    expect(headers["webhook-timestamp"]).toBe(String(at.getTime() / 1000));
    expect(headers["webhook-signature"]).toBe(new Webhook(secret).sign("msg_fixed", at, body));
  });

  it("match the spec's published example", () => {
    // From the Standard Webhooks specification's example.
    const example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const payload = '{"test": 2432232314}';
    const headers = signedHeaders(example, "msg_p5jXN8AQM9LWM0D4loKWxJek", new Date(1614265330_000), payload);
    expect(headers["webhook-signature"]).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("fail for a changed body, another secret, another id or an old timestamp", () => {
    const now = new Date();
    const headers = signedHeaders(secret, "msg_abc", now, body);
    const given = {
      id: headers["webhook-id"],
      timestamp: headers["webhook-timestamp"],
      signature: headers["webhook-signature"],
    };
    expect(verifySignature(secret, given, body, now)).toBe(true);
    expect(verifySignature(secret, given, `${body} `, now)).toBe(false);
    expect(verifySignature(`whsec_${randomBytes(32).toString("base64")}`, given, body, now)).toBe(false);
    expect(verifySignature(secret, { ...given, id: "msg_other" }, body, now)).toBe(false);
    expect(verifySignature(secret, given, body, new Date(now.getTime() + 10 * 60_000))).toBe(false);
    expect(verifySignature(secret, { ...given, signature: `v1,bogus ${given.signature}` }, body, now)).toBe(
      true,
    );
    const other = new Webhook(`whsec_${randomBytes(32).toString("base64")}`);
    expect(() => other.verify(body, headers)).toThrow();
  });

  it("secrets are whsec_ and 24 to 64 bytes of base64", () => {
    expect(isWebhookSecret(secret)).toBe(true);
    expect(isWebhookSecret(`whsec_${randomBytes(24).toString("base64")}`)).toBe(true);
    expect(isWebhookSecret(`whsec_${randomBytes(16).toString("base64")}`)).toBe(false);
    expect(isWebhookSecret(`whsec_${randomBytes(65).toString("base64")}`)).toBe(false);
    expect(isWebhookSecret(randomBytes(32).toString("base64"))).toBe(false);
    expect(isWebhookSecret("whsec_not base64 at all!!!!!!!!!!!!!!!!!")).toBe(false);
  });
});
