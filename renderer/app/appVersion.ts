// Only `version` is bundled: Vite takes named imports of a JSON file one field at a time.
import { version } from '../../package.json';

/** Which Newsdesk this is, for error reports. */
export const APP_VERSION: string = version;
