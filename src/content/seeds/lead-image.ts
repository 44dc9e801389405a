// The lead image a seed's front matter names: `image:` with its alt text in `imageAlt:`
// (required), and an optional `imageCaption:` and `imageCredit:`.
import type { Picture, SeedProblem } from './article.ts';
import type { FrontMatterResult } from './front-matter.ts';
import { locateImage } from './images.ts';

/** The lead image of a seed, or the problems with it: an image without alt text, or a file that cannot be used, is an error naming the line. */
export function leadImage(file: string, { data, lines }: Pick<FrontMatterResult, 'data' | 'lines'>): { image?: Picture; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const problem = (severity: SeedProblem['severity'], line: number | undefined, message: string) => problems.push({ severity, file, line, message });
  if (data.image === undefined) {
    for (const key of ['imageAlt', 'imageCaption', 'imageCredit'] as const)
      if (data[key] !== undefined)
        problem(
          'warning',
          lines[key],
          `front matter "${key}" is ignored without an "image:" line: add the image, such as "image: photo.jpg", or remove the line`,
        );
    return { problems };
  }
  const where = locateImage(file, data.image);
  if (!where.ok) problem('error', lines.image, `front matter image ${where.message}`);
  if (data.imageAlt === undefined)
    problem(
      'error',
      lines.image,
      'front matter "image" needs its alt text, for readers who cannot see it: add a line such as "imageAlt: The council chamber during the vote"',
    );
  if (!where.ok || data.imageAlt === undefined) return { problems };
  const image: Picture = { alt: data.imageAlt, source: where.source, line: lines.image! };
  if (data.imageCaption) image.caption = data.imageCaption;
  if (data.imageCredit) image.credit = data.imageCredit;
  return { image, problems };
}
