/** Milliseconds since the epoch. Injected so tests control rate-limit windows and timestamps. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
