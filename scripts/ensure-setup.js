/**
 * Makes the README's two commands work on a fresh clone: installs the npm
 * dependencies from the lock file when they are missing or stale, and finds
 * (or, as root on Debian, installs) the Chromium the browser tests use, and,
 * as root on Debian, the WordPress, PHP and MariaDB the plugin's tests run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { missingPackages } from '../test/wordpress/wordpress-server.js';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

export function ensureDependencies() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
  if (stale) {
    console.log('Installing dependencies from package-lock.json (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
}

/** Returns the path of a Chromium for the tests, installing Debian's when possible. */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser tests…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
    return '/usr/bin/chromium';
  }
  console.error(
    'The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) ' +
      'or set CHROME_PATH to a Chrome or Chromium executable, then run npm test again.',
  );
  process.exit(1);
}

/**
 * The Debian packages of the WordPress plugin's tests (test/wordpress/wordpress-server.js says which), installed
 * when missing and running as root on Debian; otherwise the WordPress tests say what to install.
 */
export function ensureWordPressPackages() {
  const missing = missingPackages();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (missing.length === 0 || !isRoot || !existsSync('/usr/bin/apt-get')) return;
  console.log(`Installing Debian packages for the WordPress plugin's tests: ${missing.join(' ')}…`);
  run('apt-get', ['update', '-qq']);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (result.status !== 0) console.error('Installing them failed: the WordPress tests will say what is missing.');
}
