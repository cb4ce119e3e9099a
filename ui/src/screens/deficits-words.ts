// Words the Deficits tabs share: a flag and a rank as a person reads them, never colour alone.

import { t } from '../i18n';

/** A flag in a symbol and words. */
export function flagText(flag: string): string {
  const symbol = flag === 'deficit' ? '✗' : flag === 'met' ? '✓' : flag === 'no-value' ? '○' : '–';
  return `${symbol} ${t(`deficits-ui-flag-${flag}`)}`;
}

/** `1`, or `=2` for a shared rank. */
export function rankText(item: { rank: number; tied: boolean }): string {
  return item.tied ? `=${item.rank}` : String(item.rank);
}
