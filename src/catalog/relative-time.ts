/**
 * An age as sites print it instead of a date: "13 hours ago", "il y a 2
 * heures", "vor 3 Stunden", "hace 2 horas", "há 2 dias", "2 ore fa",
 * "2 часа назад", "2 saat önce", "3小时前". Unanchored source, to be composed
 * by the rules that read a timestamp line (byline) or a comment's signature
 * (comment thread), so both know the same languages.
 */
export const RELATIVE_AGE_SOURCE = [
  String.raw`(?:an?|\d+)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago`,
  String.raw`il y a \d+\s+\p{L}+`,
  String.raw`vor \d+\s+\p{L}+`,
  String.raw`hace \d+\s+\p{L}+`,
  String.raw`há \d+\s+\p{L}+`,
  String.raw`\d+\s+\p{L}+\s+fa`,
  String.raw`\d+\s+\p{L}+\s+(?:назад|тому)`,
  String.raw`\d+\s+\p{L}+\s+önce`,
  String.raw`\d+\s*(?:秒|分钟|分鐘|小时|小時|天|分|時間|日)前`,
].join("|");
