// Completes package-lock.json with the platform-specific optional packages that this workplace's
// registry mirror does not serve (it answers 404 for e.g. @pagefind/darwin-arm64), so npm leaves
// them out of the lock and `npm ci` then refuses the lock as out of sync. Each missing entry is
// added with its version (from the parent's optionalDependencies) and its os/cpu/libc read from
// the package name, so npm skips it on other platforms and fetches it by version where it fits.
// Run after any `npm install` that changes dependencies: node scripts/lock-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = 'package-lock.json';
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const OS = {
  android: 'android',
  darwin: 'darwin',
  linux: 'linux',
  freebsd: 'freebsd',
  win32: 'win32',
  windows: 'win32',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
  sunos: 'sunos',
  aix: 'aix',
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];

/** os/cpu/libc from names like "compiler-binding-linux-arm64-musl" or "pagefind/windows-x64". */
export function platformOf(name) {
  const parts = name.split(/[/-]/);
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p));
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const version = String(range).replace(/^[\^~=]/, '');
    const top = `node_modules/${dep}`;
    const nested = `${path}/node_modules/${dep}`;
    if (packages[nested] || packages[top]?.version === version) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!cpu) continue; // not a platform package: leave it to npm
    // Where another version already sits at the top, this one belongs under its parent.
    const key = packages[top] ? nested : top;
    packages[key] = {
      version,
      ...(cpu && { cpu: [cpu] }),
      dev: entry.dev || undefined,
      license: entry.license,
      optional: true,
      ...(libc && { libc: [libc] }),
      ...(os && { os: [os] }),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platforms: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
