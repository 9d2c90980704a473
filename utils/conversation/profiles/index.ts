import type { SiteProfile } from '../siteProfile';
import { chatwootProfile } from './chatwoot';
import { demoProfile } from './demo';
import { freescoutProfile } from './freescout';
import { rocketchatProfile } from './rocketchat';
import { zammadProfile } from './zammad';

/** Profiles shipped with Sufler, tried in order before the generic reader. */
export const builtInProfiles: readonly SiteProfile[] = [
  demoProfile,
  chatwootProfile,
  zammadProfile,
  freescoutProfile,
  rocketchatProfile,
];
