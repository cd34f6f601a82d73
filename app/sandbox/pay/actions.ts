"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { SIMULATION_CHARGE_STATUSES, VA_CHANNELS } from "@/lib/harsya/wire";
import { chooseBankOnPage, PAGE_PATH, PageToken, pagePath, simulateOnPage } from "@/lib/sandbox/hosted-page";
import { requireSandboxMode } from "@/lib/sandbox/next";

const BankChoice = z.object({ token: PageToken, channel: z.enum(VA_CHANNELS) });
const Simulation = z.object({
  token: PageToken,
  outcome: z.enum(SIMULATION_CHARGE_STATUSES),
  dropCallback: z.literal("on").optional(),
});

export async function chooseBank(formData: FormData): Promise<void> {
  const deps = requireSandboxMode();
  const parsed = BankChoice.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const token = PageToken.safeParse(formData.get("token"));
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
