import { describe, expect, it } from "vitest";
import { z } from "zod";
import { text } from "@/lib/bounds";
import { fieldIssues, fieldSentences, PARSE_OPTIONS, validationSummary } from "./validation";

const Form = z.object({
  fullName: text().trim().min(2).max(100),
  email: text().pipe(z.email()),
  quantity: z.number().int().min(1).max(99),
  nickname: text().max(5),
});

const issuesOf = (input: unknown) => {
  const parsed = Form.safeParse(input, PARSE_OPTIONS);
  if (parsed.success) throw new Error("expected a refusal");
  return fieldIssues(parsed.error);
};

describe("field errors as people read them", () => {
  it("tells a missing field from a wrong one", () => {
    expect(issuesOf({ fullName: "  ", email: "x", quantity: 100, nickname: "abc" })).toEqual({
      fullName: { problem: "required" },
      email: { problem: "invalid" },
      quantity: { problem: "too_big", values: { maximum: 99 } },
    });
    expect(issuesOf({})).toMatchObject({ email: { problem: "required" }, quantity: { problem: "required" } });
  });

  it("words each field with its own sentence, in either language", () => {
    const fields = issuesOf({ fullName: "", email: "x", quantity: 0, nickname: "abc" });
    expect(fieldSentences("en", fields)).toEqual({
      fullName: "Enter your full name.",
      email: "Enter a valid email address, like name@example.com.",
      quantity: "Enter at least 1.",
    });
    expect(fieldSentences("id", fields)).toEqual({
      fullName: "Masukkan nama lengkap Anda.",
      email: "Masukkan alamat email yang valid, misalnya nama@contoh.com.",
      quantity: "Masukkan minimal 1.",
    });
  });

  it("falls back to the field's label, or its name, in a generic sentence", () => {
    const fields = issuesOf({ fullName: "Budi", email: "b@x.id", quantity: 1, nickname: "toolong" });
    expect(fieldSentences("en", fields)).toEqual({ nickname: "nickname: at most 5." });
    expect(fieldSentences("en", { "items.7": { problem: "not_enough_stock" } })).toEqual({
      "items.7": "Not enough stock left.",
    });
  });

  it("sums up several fields by their labels, never their code names", () => {
    const fields = issuesOf({});
    expect(validationSummary("en", fields)).toBe("Please check: Full name, Email, Quantity, nickname.");
    expect(validationSummary("id", fields)).toBe("Mohon periksa: Nama lengkap, Email, Jumlah, nickname.");
    expect(validationSummary("en", { email: { problem: "required" } })).toBe("Enter your email address.");
  });
});
