import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("mail variables", () => {
  it("stop start-up on a malformed SMTP_URL, naming it and not echoing the password", () => {
    for (const bad of ["mail.example.com:587", "http://mail.example.com", "smtp://", "smtp://user:s3cret@"]) {
      let caught: unknown;
      try {
        parseEnv({ SMTP_URL: bad });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(EnvError);
      expect((caught as EnvError).issues.map((issue) => issue.variable)).toEqual(["SMTP_URL"]);
      expect((caught as EnvError).message).not.toContain("s3cret");
    }
  });

  it("reads SMTP, the merchant's copy and the reminder's lead time, with defaults", () => {
    const config = parseEnv({
      SMTP_URL: "smtps://user:pass@smtp.example.com:465",
      MERCHANT_EMAIL: "owner@toko.id",
      PAYMENT_REMINDER_MINUTES: "60",
      APP_URL: "https://toko.example.id",
    });
    expect(config.mail).toEqual({
      smtpUrl: "smtps://user:pass@smtp.example.com:465",
      merchantEmail: "owner@toko.id",
      reminderMinutes: 60,
      from: '"Harsya Store" <no-reply@toko.example.id>',
    });
    expect(parseEnv({}).mail).toMatchObject({ smtpUrl: undefined, reminderMinutes: 15 });
    expect(() => parseEnv({ MERCHANT_EMAIL: "not an email" })).toThrow(/MERCHANT_EMAIL/);
  });
});
