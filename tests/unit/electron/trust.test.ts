import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAllowedNavigation, isTrustedSender } from '../../../electron/main/trust';

describe('isTrustedSender', () => {
  const ok = { frameUrl: 'app://forteckna/index.html#/kunder', isMainFrame: true, fromAppWindow: true };

  it('accepts the main frame of the app window on app://', () => {
    expect(isTrustedSender(ok)).toBe(true);
  });

  it('refuses sub-frames, other windows, gone frames and foreign origins', () => {
    expect(isTrustedSender({ ...ok, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ok, fromAppWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'https://evil.example/' })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'file:///tmp/x.html' })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'app://other/index.html' })).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'about:blank' })).toBe(false);
  });
});

describe('navigation and external links', () => {
  it('keeps navigation inside the app', () => {
    expect(isAllowedNavigation('app://forteckna/index.html')).toBe(true);
    expect(isAllowedNavigation('https://www.imy.se/')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });

  it('opens only allow-listed https URLs', () => {
    expect(isAllowedExternalUrl('https://www.imy.se/verksamhet/dataskydd/')).toBe(true);
    expect(isAllowedExternalUrl('https://WWW.IMY.SE/')).toBe(true);
    expect(isAllowedExternalUrl('http://www.imy.se/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.imy.se.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example/?https://www.imy.se/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@www.imy.se/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.imy.se:8443/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('smb://www.imy.se/share')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});
