/** Headline figures on 首页, in display order. */
export const headlineIndicators = [
  'litigation.casesReceived',
  'litigation.casesClosed',
  'litigation.leaderAppearanceRate',
  'litigation.lossRate',
  'litigation.hearingsHeld',
  'litigation.observationSessions',
  'litigation.observationParticipants',
] as const;

/** The figure the two 首页 charts break down. */
export const receivedIndicator = 'litigation.casesReceived';
