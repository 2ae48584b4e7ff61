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
export {};
//# sourceMappingURL=timers.d.ts.map