import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm, professional look (think accounting software): muted blue-teal accent, system fonts
// (no remote fonts under the strict CSP), compact controls, clear borders.
const forteckna: MantineColorsTuple = [
  '#eef5f8',
  '#dde8ee',
  '#b7cfdc',
  '#8eb4c9',
  '#6c9eb9',
  '#5690af',
  '#4a89ab',
  '#3a7696',
  '#2f6987',
  '#1c5b78',
];

export const theme = createTheme({
  primaryColor: 'forteckna',
  primaryShade: 7,
  colors: { forteckna },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    Button: { defaultProps: { size: 'sm' } },
  },
});
