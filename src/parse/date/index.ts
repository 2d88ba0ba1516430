// Feed dates: every shape seen in the wild to UTC "YYYY-MM-DDTHH:MM:SSZ", or null.
export { parseDate } from "./parse-date.js";
