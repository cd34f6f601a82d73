"use server";

import { redirect } from "next/navigation";
import { requireSandboxMode } from "@/lib/sandbox/next";
import { sendTestCallback } from "@/lib/sandbox/test-callback";

export async function sendTest(): Promise<void> {
  await sendTestCallback(requireSandboxMode());
  redirect("/sandbox/callbacks");
}
