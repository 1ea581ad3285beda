// /manifest.webmanifest: makes Converge installable (src/lib/offline.ts), with the base path in its URLs.
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
