// /print-pages.css: the running header of every printed track ("Converge · Year 1: …") and page numbers,
// generated from the curriculum (src/lib/print.ts). Linked only from the print pages.
import type { APIRoute } from 'astro';
import { allTracks } from '../lib/graph/curriculum.ts';
import { printPageRules } from '../lib/print.ts';
import { getCurriculum } from '../lib/graph/site.ts';

export const GET: APIRoute = async () =>
  new Response(printPageRules(allTracks(await getCurriculum())), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
