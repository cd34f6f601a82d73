/**
 * The shop's clock is Asia/Jakarta (WIB, UTC+7, no daylight saving): "today" on the dashboard and
 * every time shown to merchants and shoppers use it, whatever the server's own time zone.
 */
export const SHOP_TIME_ZONE = "Asia/Jakarta";

/** Time as the server's use cases read it: injectable, so tests can move it. */
export interface Clock {
  now(): Date;
}
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Jakarta calendar day containing `now`, as a half-open UTC range [start, end). */
export function jakartaDayRange(now: Date): { start: Date; end: Date } {
  const startMs = Math.floor((now.getTime() + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS;
  return { start: new Date(startMs), end: new Date(startMs + DAY_MS) };
}

const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: SHOP_TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const preciseTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: SHOP_TIME_ZONE,
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "24 Nov 2026, 00:05 WIB" */
export function formatDateTime(date: Date): string {
  return `${dateTime.format(date)} WIB`;
}

/** "24 Nov, 00:05:09 WIB": for timelines, where seconds tell events apart. */
export function formatPreciseTime(date: Date): string {
  return `${preciseTime.format(date)} WIB`;
}
