import { teamsDarkTheme, teamsHighContrastTheme, webLightTheme } from '@fluentui/react-components';

/** Fluent's theme for each host theme: Outlook's light, Teams' dark and high contrast. */
export const THEMES = {
  light: webLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
} as const;
