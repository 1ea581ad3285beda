// The TypeScript worker: strips types with Sucrase, loaded only when a learner first runs TypeScript.
// The result runs in a separate sandbox worker (src/lib/runner/ts-run.ts).
import { transpile } from './ts-transpile.ts';

export interface TsRequest {
  id: number;
  code: string;
  lang: string;
}

self.addEventListener('message', (event: MessageEvent<TsRequest>) => {
  const { id, code, lang } = event.data;
  self.postMessage({ id, ...transpile(code, lang) });
});
