// How every browser test and benchmark starts Chromium: Debian's build (playwright cannot
// download its own here), headless, with nothing of its own going to the network (updates,
// sync, QUIC probes), and shared memory from /tmp, which a container's small /dev/shm lacks.

/** The Chromium binary; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Playwright's launch options for that Chromium. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };
