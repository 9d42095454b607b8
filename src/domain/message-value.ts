/**
 * What an alert says, before it is put into words: message keys (locales/<lang>/alerts.ftl) with
 * their data. A variable is raw data (escaped when rendered), another message, or a country code.
 */
export type MessageValue =
  string | number | { key: string; vars?: Record<string, string | number> } | { country: string };

export interface MessageLine {
  key: string;
  vars: Record<string, MessageValue>;
}
