// Fetches a registry package on demand into a git-ignored cache, so large
// source datasets never become dependencies of the app.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function fetchPackage(cacheDir: string, name: string, version: string): string {
  const dir = join(cacheDir, `${name.replace('/', '__')}@${version}`);
  const root = join(dir, 'package');
  if (existsSync(root)) return root;
  mkdirSync(dir, { recursive: true });
  const tgz = execFileSync('npm', ['pack', `${name}@${version}`, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  return root;
}
