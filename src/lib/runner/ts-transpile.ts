// TypeScript → JavaScript for runnable blocks, with Sucrase: it only strips types (no type checking,
// no downlevelling), keeps every line where it was (so error line numbers match the learner's code),
// and is small enough to load on demand. Used by the TypeScript worker and the Node sample test.
import { transform } from 'sucrase';

export type Transpiled = { ok: true; js: string } | { ok: false; error: string; line: number | null };

export function transpile(code: string, lang: string): Transpiled {
  try {
    const transforms: 'typescript'[] = lang === 'ts' || lang === 'typescript' ? ['typescript'] : [];
    return { ok: true, js: transform(code, { transforms, disableESTransforms: true }).code };
  } catch (e) {
    const loc = (e as { loc?: { line: number } }).loc;
    const message = (e as Error).message.replace(/\s*\(\d+:\d+\)$/, '');
    return { ok: false, error: `SyntaxError: ${message}`, line: loc?.line ?? null };
  }
}
