import { jakartaDayRange } from "@/lib/time";

/** The periods the dashboard's numbers cover, each ending with today's Jakarta day. */
export const DASHBOARD_PERIODS = ["today", "7d", "30d"] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

const PERIOD_DAYS: Record<DashboardPeriod, number> = { today: 1, "7d": 7, "30d": 30 };
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PeriodRange {
  /** Start of the first Jakarta day, inclusive. */
  start: Date;
  /** End of today's Jakarta day, exclusive. */
  end: Date;
  /** The start of each Jakarta day in the period, oldest first. */
  days: Date[];
}

/** Whole Jakarta calendar days: "7 days" is today and the six days before it. */
export function periodRange(period: DashboardPeriod, now: Date): PeriodRange {
  const today = jakartaDayRange(now);
  const count = PERIOD_DAYS[period];
  const start = new Date(today.start.getTime() - (count - 1) * DAY_MS);
  const days = Array.from({ length: count }, (_, i) => new Date(start.getTime() + i * DAY_MS));
  return { start, end: today.end, days };
}

/** "2026-11-24": today's Jakarta calendar date, for file names. */
export function jakartaDateStamp(now: Date): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
