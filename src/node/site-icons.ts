// The favicon and the web app's icons, made from the publisher's own SVG: a newsroom's site
// should not wear the project's red "N". Rasterised at build time with sharp.
import sharp from 'sharp';

/** The icon files the site serves (the names the web app manifest and index.html use), and their sizes in pixels. */
const ICONS = [
  // Shown on a transparent ground: tabs, the installed app's icon.
  { file: 'icon-192.png', size: 192, inset: 0, ground: false },
  { file: 'icon-512.png', size: 512, inset: 0, ground: false },
  // Masked to a circle or squircle by the launcher: the mark within the central 80 % safe zone, on the page's colour.
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1, ground: true },
  // iOS fills transparency with black: on the page's colour, with a margin.
  { file: 'apple-touch-icon.png', size: 180, inset: 0.08, ground: true },
] as const;

/** The favicon (the SVG itself) and each PNG icon, by file name, for the publisher's `svg` on the light page colour `ground`. */
export async function siteIcons(svg: Buffer, ground: string): Promise<Map<string, Buffer>> {
  const icons = new Map<string, Buffer>([['favicon.svg', svg]]);
  for (const { file, size, inset, ground: filled } of ICONS) {
    const margin = Math.round(size * inset);
    const inner = size - 2 * margin;
    // Rendered large enough that the resize only ever shrinks it, so edges stay sharp.
    const mark = await sharp(svg, { density: 600 })
      .resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    const canvas = sharp({ create: { width: size, height: size, channels: 4, background: filled ? ground : { r: 0, g: 0, b: 0, alpha: 0 } } });
    icons.set(
      file,
      await canvas
        .composite([{ input: mark, top: margin, left: margin }])
        .png()
        .toBuffer(),
    );
  }
  return icons;
}
