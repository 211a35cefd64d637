// Window bounds remembered between runs, clamped so the window always lands on a visible display.

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximised: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Accepts whatever the store holds; returns null unless it is a well-formed state. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (!raw || typeof raw !== 'object') return null;
  const { bounds, maximised } = raw as { bounds?: Partial<Rectangle>; maximised?: unknown };
  if (!bounds || typeof bounds !== 'object') return null;
  const { x, y, width, height } = bounds;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return null;
  return { bounds: { x, y, width, height }, maximised: maximised === true };
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function centred(workArea: Rectangle, width: number, height: number): Rectangle {
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * Fits a saved state to the displays present now (work areas, primary first). A window whose
 * display is gone moves to the display it overlaps most, or is centred on the primary one; it is
 * never larger than its display nor smaller than the minimum size.
 */
export function clampWindowState(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  if (!saved) {
    const width = Math.min(DEFAULT_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_SIZE.height, primary.height);
    return { bounds: centred(primary, width, height), maximised: false };
  }
  const best = workAreas.reduce<{ area: Rectangle; overlap: number } | null>((found, area) => {
    const overlap = overlapArea(saved.bounds, area);
    return overlap > (found?.overlap ?? 0) ? { area, overlap } : found;
  }, null);
  const target = best?.area ?? primary;
  const width = Math.round(Math.min(Math.max(saved.bounds.width, MIN_SIZE.width), target.width));
  const height = Math.round(Math.min(Math.max(saved.bounds.height, MIN_SIZE.height), target.height));
  if (!best) return { bounds: centred(target, width, height), maximised: saved.maximised };
  const x = Math.round(Math.min(Math.max(saved.bounds.x, target.x), target.x + target.width - width));
  const y = Math.round(Math.min(Math.max(saved.bounds.y, target.y), target.y + target.height - height));
  return { bounds: { x, y, width, height }, maximised: saved.maximised };
}
