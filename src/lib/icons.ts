// Icon shapes (24×24, stroked). Categories name one of these in content/categories.yaml.
export const iconPaths = {
  chat: 'M4 5h16v11H9l-5 4z',
  phone: 'M6 3h4l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 4 5a2 2 0 0 1 2-2z',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  mail: 'M3 6h18v12H3zM3 6l9 7 9-7',
  package: 'M3 7l9-4 9 4v10l-9 4-9-4zM3 7l9 4 9-4M12 11v10',
  speech: 'M12 4a8 6 0 1 0 0 12h1l4 4v-5a6 6 0 0 0 3-5 8 6 0 0 0-8-6zM8 10h.01M12 10h.01M16 10h.01',
  bulb: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10c1 1 1 2 1 3h6c0-1 0-2 1-3a6 6 0 0 0-4-10z',
  alert: 'M12 3l10 18H2zM12 10v5M12 18h.01',
  question: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7M12 17h.01',
} as const;
export type IconName = keyof typeof iconPaths;
export const iconNames = Object.keys(iconPaths) as IconName[];
