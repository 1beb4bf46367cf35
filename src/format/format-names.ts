/** The report formats careaudit writes, by the name --format takes. */
export const REPORT_FORMATS = ['text', 'json', 'markdown', 'junit', 'sarif', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
