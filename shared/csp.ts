// One Content-Security-Policy for the Electron app:// protocol and for browser mode.
// Nothing remote: no CDN, no fonts, no telemetry. Mantine injects <style> tags, hence
// 'unsafe-inline' for styles only; scripts stay strictly same-origin.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');
