import { describe, expect, it } from 'vitest';
import { clampWindowState, DEFAULT_SIZE, MIN_SIZE, parseWindowState } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: 0, width: 1920, height: 1040 };

describe('clampWindowState', () => {
  it('centres a default-sized window on the primary display when nothing was saved', () => {
    expect(clampWindowState(null, [laptop])).toEqual({
      bounds: { x: 80, y: 20, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximised: false,
    });
  });

  it('keeps a window that is fully visible', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximised: true };
    expect(clampWindowState(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('moves a window from a display that is gone to the primary display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 800 }, maximised: false };
    const state = clampWindowState(saved, [laptop]);
    expect(state.bounds).toEqual({ x: 120, y: 30, width: 1200, height: 800 });
  });

  it('pulls a partly off-screen window back and shrinks it to the display', () => {
    const saved = { bounds: { x: -300, y: 500, width: 3000, height: 2000 }, maximised: false };
    expect(clampWindowState(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 860 });
  });

  it('never goes below the minimum size', () => {
    const saved = { bounds: { x: 10, y: 10, width: 100, height: 50 }, maximised: false };
    const { bounds } = clampWindowState(saved, [laptop]);
    expect(bounds.width).toBe(MIN_SIZE.width);
    expect(bounds.height).toBe(MIN_SIZE.height);
  });

  it('picks the display the window overlaps most', () => {
    const saved = { bounds: { x: 1300, y: 50, width: 1000, height: 700 }, maximised: false };
    const { bounds } = clampWindowState(saved, [laptop, rightMonitor]);
    expect(bounds.x).toBe(1440);
  });
});

describe('parseWindowState', () => {
  it('accepts only well-formed states', () => {
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximised: true })).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximised: true,
    });
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 'x', height: 4 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: Number.NaN, y: 2, width: 3, height: 4 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximised: 'yes' })?.maximised).toBe(false);
  });
});
