import { describe, expect, it } from "vitest";
import { verifyCallbackKey } from "./callback-key";

describe("verifyCallbackKey", () => {
  it("accepts exactly the configured key", () => {
    expect(verifyCallbackKey("sandbox-callback-api-key", "sandbox-callback-api-key")).toBe(true);
    expect(verifyCallbackKey("sandbox-callback-api-kez", "sandbox-callback-api-key")).toBe(false);
    expect(verifyCallbackKey("sandbox", "sandbox-callback-api-key")).toBe(false);
    expect(verifyCallbackKey("sandbox-callback-api-key-and-more", "sandbox-callback-api-key")).toBe(false);
  });

  it("refuses everything when no key is configured or none was sent", () => {
    expect(verifyCallbackKey("", "")).toBe(false);
    expect(verifyCallbackKey("anything", undefined)).toBe(false);
    expect(verifyCallbackKey(undefined, undefined)).toBe(false);
    expect(verifyCallbackKey(null, "key")).toBe(false);
    expect(verifyCallbackKey("", "key")).toBe(false);
  });
});
