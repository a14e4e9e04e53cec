/** Summaries of repeated measurements: median, p90, min, max. */
export interface Summary {
    n: number;
    median: number;
    p90: number;
    min: number;
    max: number;
}

/** The value at quantile q (0..1) of the sorted samples, by nearest rank. */
export function quantile(values: number[], q: number): number {
    if (!values.length) return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    if (q === 0.5 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarize(values: number[]): Summary {
    return {
        n: values.length,
        median: quantile(values, 0.5),
        p90: quantile(values, 0.9),
        min: values.length ? Math.min(...values) : Number.NaN,
        max: values.length ? Math.max(...values) : Number.NaN,
    };
}
