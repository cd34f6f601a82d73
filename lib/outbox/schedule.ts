/**
 * The waits before each retry of a failed delivery: 10 s, 1 min, 5 min, 30 min, 2 h, 6 h, 12 h,
 * 24 h. The first attempt is immediate, so a message is tried 9 times over about 45 hours; when
 * the ninth fails it is FAILED (the merchant can still resend it).
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  10_000,
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  24 * 3_600_000,
];

/** When to try again after `attempts` failed attempts, or null when the schedule is used up. */
export function nextAttemptAfter(
  attempts: number,
  now: Date,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Date | null {
  const delay = delays[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}
