// One module's questions (module quiz and quick checks) for the daily review (/review/): each rendered
// by the quiz's own Question component, with its answer key and content hash. /review/ fetches only the
// modules of the day's due questions, before the first question shows, so reviewing needs no network.
// Per module rather than embedded in /review/ (every question's HTML is about 1.5 MB, 330 KB gzip) or
// per question (709 small files, a request each): see the measurements in the review's README section.
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Question from '../../../components/quiz/Question.astro';
import { contentHash, type ReviewFragment } from '../../../lib/review.ts';
import { getCurriculum } from '../../../lib/graph/site.ts';

export const getStaticPaths = (async () => {
  const curriculum = await getCurriculum();
  return [...curriculum.modules.keys()].map((module) => ({ params: { module } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const curriculum = await getCurriculum();
  const container = await AstroContainer.create();
  const fragments: Record<string, ReviewFragment> = {};
  for (const [id, placed] of curriculum.questions) {
    if (placed.module.id !== params.module) continue;
    const html = (await container.renderToString(Question, { props: { placed } })).trim();
    fragments[id] = { html, question: placed.question, hash: contentHash(placed.question) };
  }
  return new Response(JSON.stringify(fragments), { headers: { 'Content-Type': 'application/json' } });
};
