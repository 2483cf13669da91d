#!/usr/bin/env node
// The `topology` executable (package.json "bin"): the bundled CLI with its code cache.
import { loadBundle } from "./bundle";

loadBundle().cli.runAsCli(process.argv.slice(2));
