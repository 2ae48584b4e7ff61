/** The longest delay one platform timer can hold (about 24.8 days). */
export declare const MAX_TIMER_MS: number;
declare class LongTimer {
    current: ReturnType<typeof setTimeout> | undefined;
}
/** A running timer, as startTimer returns it. */
export type Timer = ReturnType<typeof setTimeout> | LongTimer;
/** Calls `fn` after `ms` milliseconds (at once for a negative or NaN delay), however long that is. */
export declare function startTimer(fn: () => void, ms: number): Timer;
export declare function stopTimer(timer: Timer | undefined): void;
/**
 * A duration option, checked: an integer of milliseconds from `min` up to what one timer holds, or
 * `fallback` when it is left out. Anything else is a usage error naming the option, so no wait is
 * ever cut short by an overflow.
 */
export declare function checkDurationMs(name: string, value: number | undefined, fallback: number, min?: number): number;
export {};
//# sourceMappingURL=timers.d.ts.map