#!/usr/bin/env node
// The team-lead CLI runs the extension's TypeScript sources directly: tsx (a runtime
// dependency) compiles them on the fly, so the CLI and the extension share one pack schema.
import { register } from 'tsx/esm/api';

register();
await import('../cli/sufler-pack.ts');
