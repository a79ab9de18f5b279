export const CHROME_ARGS: string[];
