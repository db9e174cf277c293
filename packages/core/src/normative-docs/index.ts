// Contracts of 行政规范性文件 (normativeDocs).
export {};
