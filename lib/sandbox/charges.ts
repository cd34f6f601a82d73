import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { EwalletChannel, ThreeDsMethod, VaChannel } from "@/lib/harsya/wire";
import type { SandboxDeps } from "./deps";
import { e164 } from "./ewallet";
import { METHOD_RULES } from "./methods";
import { qrisPayload } from "./qris";
import { expiryTime, type MethodOptions, type SandboxCharge, type SandboxSession } from "./session-object";
import { baseCharge, withCharge, type Change } from "./state-machine";
import { paymentPageUrl } from "./tokens";
import { nextVaNumber } from "./va-numbers";

/**
 * Issuing a session's charge, one branch per method: a virtual account to transfer to, a QRIS code
 * to scan, a wallet to approve in, or a card form to fill. Choosing is confirming, whether the
 * merchant does it (create with autoConfirm, `/confirm`) or the shopper (the hosted page).
 */

export type MethodChoice =
  | { type: "VIRTUAL_ACCOUNT"; channel: VaChannel; virtualAccountName?: string }
  | { type: "QR"; expiryAt?: Date }
  | { type: "EWALLET"; channel: EwalletChannel; accountIdentifier?: string }
  | { type: "CARD"; threeDsMethod?: ThreeDsMethod };

/** The choice as kept beside the session (for confirm, the hosted page and the card's 3-D Secure). */
export function optionsFor(choice: MethodChoice): MethodOptions {
  switch (choice.type) {
    case "VIRTUAL_ACCOUNT":
      return { type: choice.type, channel: choice.channel, virtualAccountName: choice.virtualAccountName };
    case "QR":
      return { type: choice.type, qrExpiryAt: choice.expiryAt && expiryTime(choice.expiryAt) };
    case "EWALLET":
      return {
        type: choice.type,
        ewalletChannel: choice.channel,
        accountIdentifier: choice.accountIdentifier,
      };
    case "CARD":
      return { type: choice.type, threeDsMethod: choice.threeDsMethod };
  }
}

/** The QR path the sandbox serves `qrUrl` on, under its public URL. */
export const qrImagePath = (chargeId: string) => `/qr/${chargeId}.png`;

export async function issueCharge(
  deps: SandboxDeps,
  db: Db,
  session: SandboxSession,
  choice: MethodChoice,
  kept: MethodOptions = {},
): Promise<Change & { methodOptions: MethodOptions }> {
  const now = deps.now();
  const charge = baseCharge({ id: randomUUID(), session, now });
  const methodOptions = { ...kept, ...withoutUndefined(optionsFor(choice)) };
  const charged = withCharge(session, choice.type, await detailFor(deps, db, session, charge, choice), now);
  // In API mode an e-wallet answers where to approve the payment (the wallet's deeplink at the
  // gateway); the sandbox's own page stands in for the wallet.
  if (session.mode === "API" && choice.type === "EWALLET") {
    charged.paymentUrl = paymentPageUrl(deps, session.id, new Date(session.expiryAt));
  }
  return { session: charged, methodOptions };
}

async function detailFor(
  deps: SandboxDeps,
  db: Db,
  session: SandboxSession,
  charge: SandboxCharge,
  choice: MethodChoice,
): Promise<SandboxCharge> {
  const now = deps.now();
  switch (choice.type) {
    case "VIRTUAL_ACCOUNT":
      return {
        ...charge,
        virtualAccount: {
          channel: choice.channel,
          virtualAccountNumber: await nextVaNumber(db, choice.channel),
          // Banks show the merchant's short name unless they allow a custom one (the docs' "Pivot - " prefix).
          virtualAccountName: `Harsya - ${choice.virtualAccountName ?? deps.storeName}`.slice(0, 100),
          // For a virtual account the charge expires with its session (as in the gateway's examples).
          expiryAt: session.expiryAt,
        },
      };
    case "QR": {
      // The QR's own expiry: as asked, but never past the session's nor the method's 60 minutes.
      const latest = Math.min(Date.parse(session.expiryAt), now.getTime() + METHOD_RULES.QR.maximumExpiryMs);
      const expiry = new Date(Math.min(latest, choice.expiryAt?.getTime() ?? latest));
      const retrievalReferenceNumber = String(randomInt(100_000_000_000, 999_999_999_999));
      return {
        ...charge,
        qr: {
          acquirer: "BNC",
          qrContent: qrisPayload({
            merchantName: session.statementDescriptor,
            amount: session.amount.value,
            reference: session.clientReferenceId,
            retrievalReferenceNumber,
          }),
          qrUrl: `${deps.publicUrl}${qrImagePath(charge.id)}`,
          qrType: "DYNAMIC",
          retrievalReferenceNumber,
          issuerName: "",
          expiryAt: expiryTime(expiry),
          merchantName: session.statementDescriptor,
        },
      };
    }
    case "EWALLET":
      // With the account named up front (OVO pushes to the phone) the shopper only approves it.
      return choice.accountIdentifier
        ? {
            ...charge,
            status: "WAITING_FOR_AUTHENTICATION",
            ewallet: {
              channel: choice.channel,
              accountInformations: walletAccount(session, choice.accountIdentifier),
            },
          }
        : { ...charge, ewallet: { channel: choice.channel } };
    case "CARD":
      // The card itself is entered on the hosted page.
      return charge;
  }
}

const CustomerName = z.object({ givenName: z.string().optional(), surname: z.string().optional() });

/** The wallet account's holder: the sandbox names it after the session's customer, if any. */
export function walletAccount(session: SandboxSession, national: string) {
  const customer = CustomerName.safeParse(session.customer ?? {});
  const name = customer.success
    ? [customer.data.givenName, customer.data.surname].filter(Boolean).join(" ")
    : "";
  return { mobileNumber: e164(national), name: name || null };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
