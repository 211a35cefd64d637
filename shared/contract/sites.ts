// Customer sites and equipment, the CMDB (issue 6).

export const siteMethods = {} as const;
