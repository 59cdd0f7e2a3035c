/** The counts a publisher reports for a post once it went out: the `metrics` group's fields. */
export const METRIC_NAMES = ['impressions', 'reactions', 'comments', 'shares', 'clicks'] as const
export type MetricName = (typeof METRIC_NAMES)[number]

export type PostMetrics = { [name in MetricName]?: null | number } & { measuredAt?: null | string }
