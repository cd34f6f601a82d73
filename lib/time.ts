/**
 * The shop's clock is Asia/Jakarta (WIB, UTC+7, no daylight saving): "today" on the dashboard and
 * every time shown to merchants and shoppers use it, whatever the server's own time zone.
 */
import { DATE_LOCALE, type Locale } from "./i18n/locales";

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

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone: SHOP_TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};
const preciseTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone: SHOP_TIME_ZONE,
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
};
const deadlineOptions: Intl.DateTimeFormatOptions = {
  timeZone: SHOP_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
};
const clockOptions: Intl.DateTimeFormatOptions = {
  timeZone: SHOP_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

// One formatter per language and shape, made once: the server's HTML and the browser print alike.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, shape: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}:${shape}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(DATE_LOCALE[locale], options);
    formatters.set(key, made);
  }
  return made;
}

/** "24 Nov 2026, 00:05 WIB" */
export function formatDateTime(date: Date, locale: Locale = "en"): string {
  return `${formatter(locale, "dateTime", dateTimeOptions).format(date)} WIB`;
}

/** "24 Nov, 00:05:09 WIB": for timelines, where seconds tell events apart. */
export function formatPreciseTime(date: Date, locale: Locale = "en"): string {
  return `${formatter(locale, "precise", preciseTimeOptions).format(date)} WIB`;
}

/** "15:36 WIB, Thursday 26 November" / "15.36 WIB, Kamis, 26 November": a payment deadline. */
export function formatDeadline(date: Date, locale: Locale = "en"): string {
  const clock = formatter(locale, "clock", clockOptions).format(date);
  const day = formatter(locale, "deadline", deadlineOptions).format(date);
  return `${clock} WIB, ${day}`;
}
