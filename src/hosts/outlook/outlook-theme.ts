import type { HostTheme } from '../host';

/**
 * Outlook's theme as light or dark. Outlook does not support `isDarkTheme` or `themeId`, only the
 * colours, so the pane is dark when Outlook's body background is: a colour it cannot read keeps
 * the light theme.
 */
export function themeOf(theme: Pick<Office.OfficeTheme, 'bodyBackgroundColor'> | undefined): HostTheme {
  const rgb = parseHex(theme?.bodyBackgroundColor ?? '');
  if (rgb === null) return 'light';
  const [r, g, b] = rgb;
  // Relative luminance weights (sRGB, without gamma): good enough to tell a dark background.
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5 ? 'dark' : 'light';
}

function parseHex(color: string): [number, number, number] | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  const hex = match?.[1];
  if (hex === undefined) return null;
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}
