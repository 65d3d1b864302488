import { useEffect, useState } from 'react';

/** The device's clock, ticking: the timers of the visit count on it, as the service judges by it. */
export function useNow(intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A duration as a countdown reads: `4:05`, `1:02:03`. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1_000));
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** The same duration in words for screen readers, rounded to the minute: "about 4 minutes". */
export function durationWords(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  return minutes <= 1 ? 'less than a minute' : `${minutes} minutes`;
}
