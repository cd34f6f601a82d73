/**
 * QRIS payloads: the EMV "merchant-presented mode" string a dynamic QRIS code encodes (what the
 * gateway answers as `qr.qrContent`). A payload is a run of TLV fields (2-digit tag, 2-digit
 * length, value) ending with tag 63, a CRC-16/CCITT-FALSE of everything before it including "6304".
 * The merchant identifiers are made up: a banking app will parse the code but cannot pay it.
 */

export interface TlvField {
  tag: string;
  value: string;
}

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR. */
export function crc16CcittFalse(text: string): number {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

const crcHex = (text: string) => crc16CcittFalse(text).toString(16).toUpperCase().padStart(4, "0");

export function tlv(tag: string, value: string): string {
  if (!/^\d{2}$/.test(tag)) throw new RangeError(`A TLV tag is two digits, not ${tag}`);
  if (value.length > 99) throw new RangeError(`TLV ${tag} is longer than 99 characters`);
  return `${tag}${String(value.length).padStart(2, "0")}${value}`;
}

/** Splits a payload (or a template's value) into its fields; throws on a length that runs over. */
export function parseTlv(payload: string): TlvField[] {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < payload.length) {
    const tag = payload.slice(at, at + 2);
    const length = payload.slice(at + 2, at + 4);
    if (!/^\d{2}$/.test(tag) || !/^\d{2}$/.test(length)) {
      throw new SyntaxError(`Malformed TLV header at ${at}`);
    }
    const end = at + 4 + Number(length);
    if (end > payload.length) throw new SyntaxError(`TLV ${tag} at ${at} runs past the end`);
    fields.push({ tag, value: payload.slice(at + 4, end) });
    at = end;
  }
  return fields;
}

export type QrisCheck = { ok: true; fields: TlvField[] } | { ok: false; reason: string };

/**
 * Checks the structure of a merchant-presented QRIS payload: TLV well-formed, the mandatory tags
 * present with valid values, a QRIS merchant account, and the CRC as its last field and correct.
 */
export function checkQrisPayload(payload: string): QrisCheck {
  let fields: TlvField[];
  try {
    fields = parseTlv(payload);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : "malformed" };
  }
  const value = (tag: string) => fields.find((field) => field.tag === tag)?.value;
  const last = fields.at(-1);
  if (last?.tag !== "63" || last.value.length !== 4)
    return { ok: false, reason: "tag 63 (CRC) must come last" };
  if (last.value !== crcHex(payload.slice(0, -4))) return { ok: false, reason: "CRC mismatch" };
  if (fields[0]?.tag !== "00" || fields[0].value !== "01")
    return { ok: false, reason: "tag 00 must be 01 first" };
  if (!["11", "12"].includes(value("01") ?? "")) return { ok: false, reason: "tag 01 must be 11 or 12" };
  const accounts = fields.filter((field) => Number(field.tag) >= 26 && Number(field.tag) <= 51);
  const qrisAccount = accounts.some((field) => {
    try {
      const guid = parseTlv(field.value).find((sub) => sub.tag === "00")?.value ?? "";
      return /^ID\.CO\.[A-Z0-9.]+$/.test(guid);
    } catch {
      return false;
    }
  });
  if (!qrisAccount) return { ok: false, reason: "no merchant account (26-51) with an ID.CO.* GUID" };
  if (!/^\d{4}$/.test(value("52") ?? "")) return { ok: false, reason: "tag 52 (MCC) must be 4 digits" };
  if (value("53") !== "360") return { ok: false, reason: "tag 53 (currency) must be 360" };
  const amount = value("54");
  if (amount !== undefined && !/^\d+(\.\d{1,2})?$/.test(amount))
    return { ok: false, reason: "tag 54 is not an amount" };
  if (value("58") !== "ID") return { ok: false, reason: "tag 58 (country) must be ID" };
  const name = value("59") ?? "";
  if (name.length < 1 || name.length > 25)
    return { ok: false, reason: "tag 59 (name) must be 1-25 characters" };
  const city = value("60") ?? "";
  if (city.length < 1 || city.length > 15)
    return { ok: false, reason: "tag 60 (city) must be 1-15 characters" };
  const additional = value("62");
  if (additional !== undefined) {
    try {
      parseTlv(additional);
    } catch {
      return { ok: false, reason: "tag 62 is not a TLV template" };
    }
  }
  return { ok: true, fields };
}

/** Printable ASCII only (the EMV character set), at most `max` characters. */
function emvText(text: string, max: number, fallback: string): string {
  const clean = text
    .normalize("NFKD")
    .replace(/[^\x20-\x7E]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max)
    .trim();
  return clean || fallback;
}

export interface QrisInput {
  merchantName: string;
  /** Whole rupiah. */
  amount: number;
  /** The merchant's reference, carried as the bill number (tag 62, sub-tag 01). */
  reference: string;
  /** The charge's retrieval reference number, carried as the reference label (62-05). */
  retrievalReferenceNumber: string;
}

export const QRIS_MERCHANT_CITY = "JAKARTA";

/** A dynamic (point of initiation 12) QRIS payload for one payment of `amount` rupiah. */
export function qrisPayload(input: QrisInput): string {
  const body = [
    tlv("00", "01"),
    tlv("01", "12"),
    tlv(
      "26",
      [
        tlv("00", "ID.CO.BNC.WWW"),
        tlv("01", "936004900000000017"),
        tlv("02", "HARSYASANDBOX01"),
        tlv("03", "UMI"),
      ].join(""),
    ),
    tlv("51", [tlv("00", "ID.CO.QRIS.WWW"), tlv("02", "ID1025000000017"), tlv("03", "UMI")].join("")),
    tlv("52", "5999"),
    tlv("53", "360"),
    tlv("54", String(Math.trunc(input.amount))),
    tlv("58", "ID"),
    tlv("59", emvText(input.merchantName, 25, "HARSYA SANDBOX")),
    tlv("60", QRIS_MERCHANT_CITY),
    tlv("61", "10110"),
    tlv(
      "62",
      [
        tlv("01", emvText(input.reference, 25, "-")),
        tlv("05", emvText(input.retrievalReferenceNumber, 25, "-")),
        tlv("07", "SANDBOX01"),
      ].join(""),
    ),
  ].join("");
  const withCrcTag = `${body}6304`;
  return `${withCrcTag}${crcHex(withCrcTag)}`;
}
