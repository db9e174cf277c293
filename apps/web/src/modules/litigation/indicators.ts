/** The figure the 首页 争议领域 chart breaks down. */
export const receivedIndicator = 'litigation.casesReceived';
