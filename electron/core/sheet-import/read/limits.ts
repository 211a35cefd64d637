// What the reader accepts at most. Each cap is far above what a register kept in a spreadsheet
// needs (the reference workbook of 500 customers: ≈ 23,500 rows, ≈ 4 MB) and well below what
// would make the app slow or run out of memory.

const MB = 1024 * 1024;

/** Larger files are refused before a byte of them is read. */
export const MAX_FILE_BYTES = 100 * MB;
/** All entries of a workbook (a zip) unpacked together: declared in its directory and counted while unpacking. */
export const MAX_UNZIPPED_BYTES = 500 * MB;
/** An entry that unpacks to more than this much … */
export const RATIO_CHECKED_FROM = 10 * MB;
/** … at more than this ratio is a zip bomb (sheets compress 5–30 ×; deflate's ceiling is about 1,030 ×). */
export const MAX_COMPRESSION_RATIO = 500;
/** Entries in a workbook's zip directory (a workbook has tens; thousands of images at most). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Rows with content, over all sheets; reading stops as soon as it is passed. */
export const MAX_ROWS = 250_000;
/** Lines of a CSV file, empty ones included: Excel's own row limit. */
export const MAX_LINES = 1_048_576;
/** Columns with content (the widest sheet of our own workbook has about 40). */
export const MAX_COLUMNS = 1000;
/** Excel's own limit for one cell; a longer CSV field is almost always a quote that is never closed. */
export const MAX_CELL_CHARS = 32_767;
/** How often (in rows) the reader reports progress, looks at the cancel signal and lets other work run. */
export const ROWS_PER_STEP = 1000;
