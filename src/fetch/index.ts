/** The fetch stage: bytes of feeds over HTTP or from files, politely, with every outcome a value. */
export {
  createFetcher,
  type Fetcher,
  type FetcherOptions,
  type FetchRequest,
} from "./fetcher.js";
export { isPrivateAddress } from "./private-address.js";
export { isDue, nextFetchState, type ScheduleOptions } from "./schedule.js";
