// The register workbook (XLSX) export (issue 5).

export const workbookMethods = {} as const;
