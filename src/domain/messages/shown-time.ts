// An ISO date-time (Tokyo) as the sidebars show the time of a kept answer: 2026/12/01 16:13.
export const shownMinute = (at: string): string =>
  `${at.slice(0, 10).replace(/-/g, '/')} ${at.slice(11, 16)}`;
