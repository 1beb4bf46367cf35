/** Every report format a user can ask for with --format, by name. */
export const FORMAT_NAMES = ['text', 'json', 'markdown', 'junit', 'sarif', 'html'] as const;
