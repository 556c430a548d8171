// Entry points for sidebar (re-exported by src/main.ts, so each export becomes a top-level Apps Script function).
export {};
