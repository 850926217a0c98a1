// Before npm test: the tools the tests drive outside Node — Chromium (Playwright runs the
// app in it), LibreOffice and poppler (the .docx and PDF tests) and the Liberation fonts
// (LibreOffice lays out Arial with them). Where one is missing and this machine can
// install it (root with apt-get), it is installed and said; otherwise the run stops at
// once with the exact command, instead of failing halfway with "browser not found".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The tools, each with how to tell it is there and the Debian package that brings it. */
export const TOOLS = [
  {
    name: 'Chromium',
    package: 'chromium',
    present: (has) => has.file(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
  },
  { name: 'LibreOffice (soffice)', package: 'libreoffice-writer-nogui', present: (has) => has.command('soffice') },
  {
    name: 'pdftotext, pdftoppm, pdfinfo, pdftohtml',
    package: 'poppler-utils',
    present: (has) => ['pdftotext', 'pdftoppm', 'pdfinfo', 'pdftohtml'].every((command) => has.command(command)),
  },
  { name: 'Liberation Sans', package: 'fonts-liberation', present: (has) => has.font('Liberation Sans') },
];

/** The Debian packages of the tools that are missing. */
export function missingPackages(has) {
  return TOOLS.filter((tool) => !tool.present(has)).map((tool) => tool.package);
}

const has = {
  file: (path) => existsSync(path),
  command: (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0,
  font: (family) => (spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? '').includes(family),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const missing = missingPackages(has);
  if (missing.length > 0) {
    const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
    const canInstall = process.getuid?.() === 0 && has.command('apt-get');
    if (!canInstall) {
      console.error(`Testerna behöver ${missing.join(', ')}. Installera först: sudo ${command}`);
      process.exit(1);
    }
    console.log(`Installerar det testerna behöver: ${missing.join(', ')} …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install =
      update.status === 0
        ? spawnSync('sh', ['-c', `${command} -qq`], { stdio: ['ignore', 'ignore', 'inherit'], env })
        : update;
    const still = missingPackages(has);
    if (install.status !== 0 || still.length > 0) {
      console.error(`Kunde inte installera ${still.join(', ') || missing.join(', ')}. Kör: sudo ${command}`);
      process.exit(1);
    }
    console.log(`Installerat: ${missing.join(', ')}.`);
  }
}
