// Tables of 重大行政决策 (decisions).
export {};
