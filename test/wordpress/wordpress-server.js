/**
 * A throw-away WordPress for the plugin's tests: Debian's `wordpress` copied
 * into a temporary folder, a MariaDB with its own temporary data folder
 * (socket only, no network), PHP's built-in web server, and a small PHP
 * bootstrap in place of WP-CLI (not packaged in Debian bookworm).
 * `startWordPress()` installs the site and returns helpers; `stop()` ends
 * every process it started and deletes the folder.
 *
 * Run by hand: `node test/wordpress/wordpress-server.js [plugin.zip]` starts
 * a site and keeps it until Ctrl-C.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the tests need from Debian, and where each package puts the part used. */
const NEEDS = [
  { path: '/usr/share/wordpress/wp-settings.php', package: 'wordpress' },
  { path: '/usr/share/wordpress/wp-content/themes/twentytwentythree/style.css', package: 'wordpress-theme-twentytwentythree' },
  { path: '/usr/sbin/mariadbd', package: 'mariadb-server' },
  { path: '/usr/bin/mariadb', package: 'mariadb-client' },
  { path: '/usr/bin/unzip', package: 'unzip' },
];

/** The Debian packages that are missing (PHP and its MySQL driver are checked by running PHP). */
export function missingPackages() {
  const missing = NEEDS.filter((need) => !existsSync(need.path)).map((need) => need.package);
  const php = spawnSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], { encoding: 'utf8' });
  if (php.error) missing.push('php-cli');
  if (!php.error && php.stdout !== 'yes') missing.push('php-mysql');
  return missing;
}

/** An unused TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion; throws with its output when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  return result.stdout;
}

/** Waits until `check()` is true, polling every 100 ms, or throws after `seconds`. */
async function until(check, seconds, what) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${seconds} s`);
}

/** Sends SIGTERM and waits for the process to exit (SIGKILL after 10 s). */
function end(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** The router for `php -S`: real files as they are, every other path to WordPress's front controller (pretty permalinks). */
const ROUTER = `<?php
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( $path !== '/' && file_exists( __DIR__ . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
`;

/** wp-config.php for the temporary site: the database through its socket, no cron, no outgoing requests. */
function wpConfig(socket, url) {
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', 'test' ); define( 'SECURE_AUTH_KEY', 'test' ); define( 'LOGGED_IN_KEY', 'test' ); define( 'NONCE_KEY', 'test' );
define( 'AUTH_SALT', 'test' ); define( 'SECURE_AUTH_SALT', 'test' ); define( 'LOGGED_IN_SALT', 'test' ); define( 'NONCE_SALT', 'test' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Starts MariaDB and WordPress, installs the site (an administrator `admin`,
 * an author `author`, pretty permalinks, Twenty Twenty-Three), and, given a
 * plugin zip, unzips it into wp-content/plugins.
 */
export async function startWordPress({ pluginZip } = {}) {
  const missing = missingPackages();
  if (missing.length > 0) {
    throw new Error(
      `The WordPress tests need Debian packages that are not installed: ${missing.join(' ')}.\n` +
        `Install them with: apt-get install --no-install-recommends ${missing.join(' ')}`,
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'lnob-wordpress-'));
  const dataDir = join(root, 'db');
  const socket = join(root, 'mysql.sock');
  const site = join(root, 'site');
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) await end(child, child.stopSignal);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    // MariaDB: its own data folder; as root it must be told to run as root.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    run('mariadb-install-db', [...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db', `--datadir=${dataDir}`]);
    const db = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        ...asRoot,
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        `--pid-file=${join(root, 'mysql.pid')}`,
        '--skip-networking',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=16M',
        `--log-error=${join(root, 'mysql.log')}`,
      ],
      { stdio: 'ignore' },
    );
    db.stopSignal = 'SIGKILL'; // a throw-away database: no need to flush it on the way out
    children.push(db);
    await until(() => existsSync(socket), 30, 'MariaDB');
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-e', 'CREATE DATABASE wordpress']);

    // WordPress: a copy of Debian's files with our own wp-config.php (Debian's reads /etc/wordpress).
    cpSync('/usr/share/wordpress', site, { recursive: true, dereference: true });
    mkdirSync(join(site, 'wp-content/uploads'), { recursive: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(join(site, 'wp-config.php'), wpConfig(socket, url));
    writeFileSync(join(site, 'router.php'), ROUTER);
    if (pluginZip) run('unzip', ['-q', pluginZip, '-d', join(site, 'wp-content/plugins')]);

    /** Runs PHP code with WordPress loaded (our WP-CLI `eval`); returns what it prints. */
    const php = (code) => {
      const script = `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
require ${JSON.stringify(join(site, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/plugin.php';
${code}
`;
      const file = join(root, 'eval.php');
      writeFileSync(file, script);
      return run('php', [file], { cwd: site });
    };
    const install = `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
define( 'WP_INSTALLING', true );
require ${JSON.stringify(join(site, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'lnob-charts test', 'admin', 'admin@example.org', false, '', 'admin-password' );
wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.org', 'role' => 'author' ) );
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'admin_email_lifespan', time() + YEAR_IN_SECONDS ); // no "is this e-mail still right?" screen at log-in
switch_theme( 'twentytwentythree' );
`;
    writeFileSync(join(root, 'install.php'), install);
    run('php', [join(root, 'install.php')], { cwd: site });

    // Several workers: the browser fetches the kit's chunks in parallel.
    const web = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site, join(site, 'router.php')], {
      cwd: site,
      stdio: 'ignore',
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(web);
    await until(
      () => fetch(`${url}/wp-login.php`).then((response) => response.ok, () => false),
      30,
      'PHP’s web server',
    );
    return { url, site, root, php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wordpress = await startWordPress({ pluginZip: process.argv[2] });
  if (process.argv[2]) wordpress.php("activate_plugin( 'lnob-charts/lnob-charts.php' );");
  console.log(`WordPress at ${wordpress.url} (admin / admin-password, author / author-password). Ctrl-C stops it.`);
  process.on('SIGINT', () => wordpress.stop().then(() => process.exit(0)));
}
