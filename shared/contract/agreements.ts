// PUB-avtal: clause template, agreement versions, attachments, generation and batch (issue 4).

export const agreementMethods = {} as const;
