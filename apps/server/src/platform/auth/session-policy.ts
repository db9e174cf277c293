/** 等保 2.0 level 3 session and lockout settings (foundation issue §2). */
export const sessionPolicy = {
  cookieName: 'fazhi_session',
  idleTimeoutMs: 30 * 60_000,
  absoluteLifetimeMs: 12 * 3600_000,
  /** lastSeenAt is written at most this often, so reads stay reads. */
  touchEveryMs: 60_000,
  lockoutFailures: 5,
  lockoutWindowMs: 15 * 60_000,
  lockoutDurationMs: 15 * 60_000,
} as const;
