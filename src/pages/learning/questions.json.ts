// Every question's review-queue entry (prompt, where it is asked, where it is taught), fetched by
// "My learning" only when the learner has missed questions, so the page itself stays small.
import type { APIRoute } from 'astro';
import { catalogueOf } from '../../lib/catalogue.ts';
import { getCurriculum } from '../../lib/graph/site.ts';
import { href } from '../../lib/href.ts';

export const GET: APIRoute = async () => {
  const { questions } = catalogueOf(await getCurriculum(), href, { questions: true });
  return new Response(JSON.stringify(questions), { headers: { 'Content-Type': 'application/json' } });
};
