// Contracts of 法律顾问与公职律师 (legalAdvisers).
export {};
