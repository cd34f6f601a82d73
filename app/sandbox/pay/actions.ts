"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { SIMULATION_CHARGE_STATUSES, VA_CHANNELS } from "@/lib/harsya/wire";
import { chooseBankOnPage, PAGE_PATH, pagePath, simulateOnPage } from "@/lib/sandbox/hosted-page";
import { requireSandboxMode } from "@/lib/sandbox/next";

const Token = z.string().min(1).max(4096);
const BankChoice = z.object({ token: Token, channel: z.enum(VA_CHANNELS) });
const Simulation = z.object({
  token: Token,
  outcome: z.enum(SIMULATION_CHARGE_STATUSES),
  dropCallback: z.literal("on").optional(),
});

export async function chooseBank(formData: FormData): Promise<void> {
  const deps = requireSandboxMode();
  const parsed = BankChoice.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const token = Token.safeParse(formData.get("token"));
    redirect(token.success ? `${pagePath(token.data)}&error=choose-bank` : PAGE_PATH);
  }
  redirect(await chooseBankOnPage(deps, parsed.data.token, parsed.data.channel));
}

export async function simulate(formData: FormData): Promise<void> {
  const deps = requireSandboxMode();
  const parsed = Simulation.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect(PAGE_PATH);
  const { token, outcome, dropCallback } = parsed.data;
  redirect(await simulateOnPage(deps, token, outcome, { dropCallback: dropCallback === "on" }));
}
