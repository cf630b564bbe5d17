// Registration and waitlist rules: events' own (once in libs/support).
export * from './waitlist';
