import type { SiteProfile } from '../siteProfile';
import { demoProfile } from './demo';

/** Profiles shipped with Sufler, tried in order before the generic reader. */
export const builtInProfiles: readonly SiteProfile[] = [demoProfile];
