// Retention applied to the register's own records: purge list, purge, legal holds, deletion log (issue 6).

export const purgeMethods = {} as const;
