export { fillPath, queryString, REST_API_ID_PLACEHOLDER, shellQuote, testInvokeCommand } from './command';
export type { TestInvokeCommand, TestInvokeInput } from './command';
export {
  compareLogs,
  javaMapEntries,
  MAX_PASTE_BYTES,
  normalizeValue,
  parseExecutionLog,
  parseTestInvokeOutput,
  summarize,
} from './log';
export type { LogComparison, LogLine, ParsedOutput, TestInvokeOutput, VerifySummary } from './log';
