// The curriculum as the cartridge writer reads it (src/lib/cartridge/model.ts): fetched by "Export for
// your LMS" on /teach/ only when an instructor asks for a download, so the page itself stays light.
import type { APIRoute } from 'astro';
import { cartridgeSource } from '../../lib/cartridge/model.ts';
import { getCourses, getCurriculum } from '../../lib/graph/site.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(cartridgeSource(await getCurriculum(), await getCourses())), {
    headers: { 'Content-Type': 'application/json' },
  });
