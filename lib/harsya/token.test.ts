import { describe, expect, it } from "vitest";
import { AccessTokenCache } from "./token";

describe("AccessTokenCache", () => {
  it("asks once however many wait, and shares a failure too", async () => {
    let issued = 0;
    let fail = true;
    const cache = new AccessTokenCache(async () => {
      issued += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (fail) throw new Error("gateway down");
      return { accessToken: `t${issued}`, expiresIn: 900 };
    }, Date.now);

    const failed = await Promise.allSettled(Array.from({ length: 4 }, () => cache.get()));
    expect(failed.every((result) => result.status === "rejected")).toBe(true);
    expect(issued).toBe(1);

    fail = false;
    expect(await Promise.all(Array.from({ length: 4 }, () => cache.get()))).toEqual(["t2", "t2", "t2", "t2"]);
    expect(issued).toBe(2);
  });

  it("renews a minute early, or at half-life for a short token", async () => {
    let now = 0;
    let issued = 0;
    const lifetimes = [900, 10];
    const cache = new AccessTokenCache(
      async () => {
        issued += 1;
        return { accessToken: `t${issued}`, expiresIn: lifetimes[issued - 1] ?? 900 };
      },
      () => now,
    );

    expect(await cache.get()).toBe("t1");
    now = 839_999;
    expect(await cache.get()).toBe("t1");
    now = 840_000;
    expect(await cache.get()).toBe("t2");
    now += 4_999;
    expect(await cache.get()).toBe("t2");
    now += 1;
    expect(await cache.get()).toBe("t3");
  });

  it("forgets only the token that was refused", async () => {
    let issued = 0;
    const cache = new AccessTokenCache(
      async () => ({ accessToken: `t${(issued += 1)}`, expiresIn: 900 }),
      Date.now,
    );
    expect(await cache.get()).toBe("t1");
    cache.invalidate("t0");
    expect(await cache.get()).toBe("t1");
    cache.invalidate("t1");
    expect(await cache.get()).toBe("t2");
  });
});
