"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { EWALLET_CHANNELS, SIMULATION_CHARGE_STATUSES, VA_CHANNELS } from "@/lib/harsya/wire";
import {
  authenticateCard,
  chooseBankOnPage,
  chooseMethodOnPage,
  PAGE_PATH,
  PageToken,
  pagePath,
  simulateOnPage,
  submitCard,
  submitWalletOtp,
  submitWalletPhone,
  type PageFormState,
  type PagePick,
  type StepResult,
} from "@/lib/sandbox/hosted-page";
import { requireSandboxMode } from "@/lib/sandbox/next";

const BankChoice = z.object({ token: PageToken, channel: z.enum(VA_CHANNELS) });
const MethodChoice = z.object({
  token: PageToken,
  method: z.union([
    z.literal("QR").transform((): PagePick => ({ type: "QR" })),
    z.literal("CARD").transform((): PagePick => ({ type: "CARD" })),
    z.templateLiteral(["EWALLET:", z.enum(EWALLET_CHANNELS)]).transform((value): PagePick => ({
      type: "EWALLET",
      channel: z.enum(EWALLET_CHANNELS).parse(value.slice(8)),
    })),
  ]),
});
const Simulation = z.object({
  token: PageToken,
  outcome: z.enum(SIMULATION_CHARGE_STATUSES),
  dropCallback: z.literal("on").optional(),
});
// Field values are bounded so a huge post cannot be made to cost anything.
const field = z.string().max(64).catch("");
const WalletPhone = z.object({ token: PageToken, phone: field });
const WalletOtp = z.object({ token: PageToken, otp: field });
const Card = z.object({ token: PageToken, number: field, expiry: field, cvv: field, name: field.optional() });
const ThreeDs = z.object({ token: PageToken });

export async function chooseBank(formData: FormData): Promise<void> {
  const deps = requireSandboxMode();
  const parsed = BankChoice.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const token = PageToken.safeParse(formData.get("token"));
    redirect(token.success ? `${pagePath(token.data)}&error=choose-bank` : PAGE_PATH);
  }
  redirect(await chooseBankOnPage(deps, parsed.data.token, parsed.data.channel));
}

export async function chooseMethod(formData: FormData): Promise<void> {
  const deps = requireSandboxMode();
  const parsed = MethodChoice.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const token = PageToken.safeParse(formData.get("token"));
    redirect(token.success ? `${pagePath(token.data)}&error=choose-method` : PAGE_PATH);
  }
  redirect(await chooseMethodOnPage(deps, parsed.data.token, parsed.data.method));
}

export async function simulate(formData: FormData): Promise<void> {
  const deps = requireSandboxMode();
  const parsed = Simulation.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(PAGE_PATH);
  const { token, outcome, dropCallback } = parsed.data;
  redirect(await simulateOnPage(deps, token, outcome, { dropCallback: dropCallback === "on" }));
}

/** A form step: its field messages, or on to the next page. */
function answer(result: StepResult<string>): PageFormState {
  if (!result.ok) return { errors: result.errors };
  redirect(result.next);
}

export async function walletPhone(_state: PageFormState, formData: FormData): Promise<PageFormState> {
  const deps = requireSandboxMode();
  const parsed = WalletPhone.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(PAGE_PATH);
  return answer(await submitWalletPhone(deps, parsed.data.token, parsed.data.phone));
}

export async function walletOtp(_state: PageFormState, formData: FormData): Promise<PageFormState> {
  const deps = requireSandboxMode();
  const parsed = WalletOtp.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(PAGE_PATH);
  return answer(await submitWalletOtp(deps, parsed.data.token, parsed.data.otp));
}

/** The card goes from the shopper's browser to this action (the gateway's side) and no further. */
export async function payByCard(_state: PageFormState, formData: FormData): Promise<PageFormState> {
  const deps = requireSandboxMode();
  const parsed = Card.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(PAGE_PATH);
  const { token, ...card } = parsed.data;
  return answer(await submitCard(deps, token, card));
}

export async function authenticate(formData: FormData): Promise<void> {
  const deps = requireSandboxMode();
  const parsed = ThreeDs.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(PAGE_PATH);
  redirect(await authenticateCard(deps, parsed.data.token));
}
