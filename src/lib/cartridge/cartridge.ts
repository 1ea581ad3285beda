/**
 * The cartridge writer: from the curriculum (as a CartridgeSource), a choice of what to export and the
 * site's absolute base URL, an IMS Common Cartridge 1.1 package (every file by path, then a zip).
 *
 * Steps, in the order they run: check the site URL; plan the organisation (folders of items: modules,
 * or a course's weeks); write each resource's file (web links, discussion topics, QTI assessments,
 * HTML pages); write imsmanifest.xml naming every resource and file; zip. Identifiers come from content
 * ids ("L-how-systems-talk-urls-and-json"), never from counters over the export, so the same content
 * exported twice has the same identifiers and an LMS that supports it updates instead of duplicating.
 * Pure: no DOM, no clock (zip entries carry a fixed date, so the same export is the same bytes).
 */
import { strToU8, zipSync } from 'fflate';
import { decodeAssignment } from '../assignment/assignment.ts';
import type { CartridgeSource, SourceModule } from './model.ts';
import { absoluteLinks, assessmentXml, splitQuiz, type Absolute } from './qti.ts';
import { escapeHtml } from '../markdown.ts';
import { attrs, esc, oneLine, textEl, XML_DECLARATION } from './xml.ts';

/** What to export: a core year or elective pair, a course file, or the items of an assignment link. */
export type CartridgeChoice = { kind: 'track'; id: string } | { kind: 'course'; id: string } | { kind: 'assignment'; token: string };

/** The CC 1.1 resource types the writer uses. */
export type ResourceType = 'imswl_xmlv1p1' | 'imsdt_xmlv1p1' | 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment' | 'webcontent';

export interface Resource {
  id: string;
  type: ResourceType;
  /** Path of its one file in the package. */
  file: string;
  content: string;
}

export type OrgNode =
  { kind: 'folder'; id: string; title: string; children: OrgNode[] } | { kind: 'leaf'; id: string; title: string; resource: string };

export interface Cartridge {
  title: string;
  /** e.g. "converge-year-1.imscc". */
  fileName: string;
  /** imsmanifest.xml and every resource file, by path. */
  files: Map<string, string>;
  /** Ids in an assignment link that the curriculum no longer has. */
  missing: string[];
}

export class CartridgeError extends Error {
  override name = 'CartridgeError';
}

const LOCAL_HOSTS = /^(localhost|127(?:\.\d+){3}|\[::1\]|0\.0\.0\.0|[^.]+\.local|[^.]+\.localhost)$/i;

/**
 * The site's base URL, checked: absolute http(s), ending in "/". `allowLocal` is for the browser, which
 * exports links to wherever it was served from; the command line refuses a local address, since links
 * to it would work on no student's machine.
 */
export function siteBase(url: string, { allowLocal = false } = {}): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CartridgeError(
      `"${url}" is not an absolute URL; give the address the site is published at, e.g. https://example.edu/converge/`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new CartridgeError(`"${url}" must start with https:// (or http://)`);
  if (!allowLocal && LOCAL_HOSTS.test(parsed.hostname))
    throw new CartridgeError(
      `"${url}" is a local address: the cartridge's links would open only on this computer. Give the address students reach the site at, e.g. https://example.edu/converge/`,
    );
  parsed.search = '';
  parsed.hash = '';
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed;
}

/** Collects resources once each, however many items point at them. */
class Resources {
  readonly byId = new Map<string, Resource>();
  add(resource: Resource): string {
    if (!this.byId.has(resource.id)) this.byId.set(resource.id, resource);
    return resource.id;
  }
}

interface Context {
  source: CartridgeSource;
  abs: Absolute;
  resources: Resources;
}

const leaf = (parent: string, resource: string, title: string): OrgNode => ({
  kind: 'leaf',
  id: `${resource}.in.${parent}`,
  title: oneLine(title),
  resource,
});

const WL_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
const DT_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function webLink(ctx: Context, id: string, title: string, path: string): string {
  const content =
    `${XML_DECLARATION}<webLink xmlns="${WL_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${WL_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">` +
    `${textEl('title', oneLine(title))}<url${attrs({ href: ctx.abs(path), target: '_blank' })}/></webLink>\n`;
  return ctx.resources.add({ id, type: 'imswl_xmlv1p1', file: `weblinks/${id}.xml`, content });
}

function topic(ctx: Context, id: string, title: string, html: string): string {
  const content =
    `${XML_DECLARATION}<topic xmlns="${DT_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${DT_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imsdt_v1p1.xsd">` +
    `${textEl('title', oneLine(title))}${textEl('text', absoluteLinks(html, ctx.abs), { texttype: 'text/html' })}</topic>\n`;
  return ctx.resources.add({ id, type: 'imsdt_xmlv1p1', file: `topics/${id}.xml`, content });
}

function page(ctx: Context, id: string, title: string, bodyHtml: string): string {
  const content = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(oneLine(title))}</title></head><body><h1>${escapeHtml(oneLine(title))}</h1>${bodyHtml}</body></html>\n`;
  return ctx.resources.add({ id, type: 'webcontent', file: `pages/${id}.html`, content });
}

/** A module's quiz: a QTI assessment, plus a link to the whole quiz when some questions stay on the site. */
function quizItems(ctx: Context, module: SourceModule, parent: string): OrgNode[] {
  const quiz = module.quiz;
  if (!quiz) return [];
  const id = `Q-${module.id}`;
  const xml = assessmentXml(id, quiz, ctx.abs);
  const items: OrgNode[] = [];
  if (xml)
    items.push(
      leaf(
        parent,
        ctx.resources.add({ id, type: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment', file: `assessments/${id}.xml`, content: xml }),
        quiz.title,
      ),
    );
  const onSite = splitQuiz(quiz).onSite.length;
  if (onSite)
    items.push(
      leaf(
        parent,
        webLink(ctx, `QW-${module.id}`, `${quiz.title} on Converge (all ${quiz.questions.length} questions)`, quiz.path),
        xml ? `${quiz.title}: the full quiz on Converge` : `${quiz.title} (on Converge)`,
      ),
    );
  return items;
}

/** A module as a folder: its lessons as web links, its quiz, its discussion prompts as topics. */
function moduleFolder(ctx: Context, module: SourceModule, prefix: string): OrgNode {
  const id = `${prefix}M-${module.id}`;
  return {
    kind: 'folder',
    id,
    title: module.title,
    children: [
      ...module.lessons.map((l, i) => leaf(id, webLink(ctx, `L-${module.id}-${l.slug}`, l.title, l.path), `Lesson ${i + 1}: ${l.title}`)),
      ...quizItems(ctx, module, id),
      ...module.discussion.map((html, i) =>
        leaf(id, topic(ctx, `D-${module.id}-${i + 1}`, `${module.title}: discussion ${i + 1}`, html), `Discussion ${i + 1}`),
      ),
    ],
  };
}

function moduleOf(ctx: Context, id: string): SourceModule {
  const module = ctx.source.modules[id];
  if (!module) throw new CartridgeError(`No module has the id "${id}"`);
  return module;
}

function capstoneLeaf(ctx: Context, id: string, parent: string): OrgNode {
  const capstone = ctx.source.tracks.find((t) => t.capstone.id === id)?.capstone;
  if (!capstone) throw new CartridgeError(`No capstone or pair project has the id "${id}"`);
  return leaf(
    parent,
    webLink(ctx, `C-${capstone.id}`, `${capstone.label}: ${capstone.title}`, capstone.path),
    `${capstone.label}: ${capstone.title}`,
  );
}

const ROOT = 'root';

/** The organisation and title for the choice. */
function plan(
  ctx: Context,
  choice: CartridgeChoice,
): { title: string; slug: string; description: string; nodes: OrgNode[]; missing: string[] } {
  switch (choice.kind) {
    case 'track': {
      const track = ctx.source.tracks.find((t) => t.id === choice.id);
      if (!track) throw new CartridgeError(`No track or elective has the id "${choice.id}"`);
      return {
        title: `Converge ${track.label}: ${track.title}`,
        slug: track.id,
        description: `${track.label} of Converge, an open curriculum for the Chief Marketing Technology Officer: ${track.modules.length} modules with their lessons (links to the site), quizzes and discussion prompts, and the ${track.capstone.label.toLowerCase()}.`,
        nodes: [...track.modules.map((id) => moduleFolder(ctx, moduleOf(ctx, id), '')), capstoneLeaf(ctx, track.capstone.id, ROOT)],
        missing: [],
      };
    }
    case 'course': {
      const course = ctx.source.courses.find((c) => c.id === choice.id);
      if (!course) throw new CartridgeError(`No course file has the id "${choice.id}"`);
      const placed = new Set<string>();
      const nodes = course.weeks.map((w): OrgNode => {
        const id = `W-${w.week}`;
        const children: OrgNode[] = [];
        if (w.notes)
          children.push(
            leaf(
              id,
              page(ctx, `N-${course.id}-week-${w.week}`, `Week ${w.week}: notes`, `<p>${escapeHtml(w.notes)}</p>`),
              `Week ${w.week}: notes`,
            ),
          );
        for (const mid of w.modules) {
          const module = moduleOf(ctx, mid);
          // A module taught over several weeks arrives once, in its first week; later weeks link to it.
          if (placed.has(mid)) children.push(leaf(id, webLink(ctx, `M-${mid}`, module.title, module.path), `${module.title} (continued)`));
          else {
            placed.add(mid);
            children.push(moduleFolder(ctx, module, `${id}-`));
          }
        }
        for (const cid of w.capstones) children.push(capstoneLeaf(ctx, cid, id));
        return { kind: 'folder', id, title: `Week ${w.week}${w.topic ? `: ${w.topic}` : ''} (due ${w.due})`, children };
      });
      return { title: `${course.title} (${course.term})`, slug: `course-${course.id}`, description: course.summary, nodes, missing: [] };
    }
    case 'assignment': {
      const decoded = decodeAssignment(choice.token);
      if (!decoded.ok) throw new CartridgeError(decoded.error);
      const a = decoded.assignment;
      const missing: string[] = [];
      const nodes: OrgNode[] = [];
      if (a.instructions)
        nodes.push(
          leaf(
            ROOT,
            page(
              ctx,
              `N-assignment`,
              'Instructions',
              a.instructions
                .split(/\n\s*\n/)
                .map((p) => `<p>${escapeHtml(p)}</p>`)
                .join(''),
            ),
            'Instructions',
          ),
        );
      for (const item of a.items) {
        const [mid, slug] = item.id.split('/') as [string, string?];
        const module = ctx.source.modules[mid];
        if (item.kind === 'capstone') {
          if (ctx.source.tracks.some((t) => t.capstone.id === item.id)) nodes.push(capstoneLeaf(ctx, item.id, ROOT));
          else missing.push(item.id);
        } else if (!module) missing.push(item.id);
        else if (item.kind === 'module') nodes.push(moduleFolder(ctx, module, ''));
        else if (item.kind === 'quiz') {
          const quiz = quizItems(ctx, module, ROOT);
          if (quiz.length) nodes.push(...quiz);
          else missing.push(item.id);
        } else {
          const lesson = module.lessons.find((l) => l.slug === slug);
          if (lesson) nodes.push(leaf(ROOT, webLink(ctx, `L-${module.id}-${lesson.slug}`, lesson.title, lesson.path), lesson.title));
          else missing.push(item.id);
        }
      }
      const slug =
        a.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 40) || 'assignment';
      return { title: a.title, slug: `assignment-${slug}`, description: a.instructions ?? a.title, nodes, missing };
    }
  }
}

const CP_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const LOM_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';

function orgXml(node: OrgNode, depth: number): string {
  const pad = '  '.repeat(depth);
  if (node.kind === 'leaf')
    return `${pad}<item${attrs({ identifier: node.id, identifierref: node.resource })}>${textEl('title', node.title)}</item>`;
  const children = node.children.map((c) => orgXml(c, depth + 1)).join('\n');
  return `${pad}<item${attrs({ identifier: node.id })}>${textEl('title', oneLine(node.title))}\n${children}\n${pad}</item>`;
}

/** imsmanifest.xml: the metadata, the organisation and every resource with its file. */
export function manifestXml(
  identifier: string,
  title: string,
  description: string,
  siteUrl: string,
  nodes: OrgNode[],
  resources: Iterable<Resource>,
): string {
  const lang = (s: string) => `<lomimscc:string language="en">${esc(s)}</lomimscc:string>`;
  const lom =
    `<lomimscc:lom><lomimscc:general><lomimscc:title>${lang(oneLine(title))}</lomimscc:title><lomimscc:language>en</lomimscc:language>` +
    `<lomimscc:description>${lang(description)}</lomimscc:description>` +
    `<lomimscc:identifier><lomimscc:catalog>URI</lomimscc:catalog><lomimscc:entry>${esc(siteUrl)}</lomimscc:entry></lomimscc:identifier></lomimscc:general>` +
    `<lomimscc:rights><lomimscc:copyrightAndOtherRestrictions><lomimscc:value>yes</lomimscc:value></lomimscc:copyrightAndOtherRestrictions>` +
    `<lomimscc:description>${lang('Course content: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0). Converge, an open curriculum.')}</lomimscc:description></lomimscc:rights></lomimscc:lom>`;
  const res = [...resources]
    .map(
      (r) =>
        `    <resource${attrs({ identifier: r.id, type: r.type, href: r.type === 'webcontent' ? r.file : undefined })}><file${attrs({ href: r.file })}/></resource>`,
    )
    .join('\n');
  return (
    `${XML_DECLARATION}<manifest${attrs({ identifier })} xmlns="${CP_NS}" xmlns:lomimscc="${LOM_NS}" xmlns:xsi="${XSI}" ` +
    `xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd ${LOM_NS} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">\n` +
    `  <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>${lom}</metadata>\n` +
    `  <organizations><organization identifier="organization" structure="rooted-hierarchy"><item identifier="${ROOT}">\n` +
    `${nodes.map((n) => orgXml(n, 2)).join('\n')}\n  </item></organization></organizations>\n` +
    `  <resources>\n${res}\n  </resources>\n</manifest>\n`
  );
}

const absolute =
  (base: URL): Absolute =>
  (path: string) =>
    new URL(path.replace(/^\/+/, ''), base).href;

/** A Common Cartridge 1.1 package for the choice: every file by path, imsmanifest.xml first. */
export function buildCartridge(
  source: CartridgeSource,
  choice: CartridgeChoice,
  siteUrl: string,
  options: { allowLocal?: boolean } = {},
): Cartridge {
  const base = siteBase(siteUrl, options);
  const ctx: Context = { source, abs: absolute(base), resources: new Resources() };
  const { title, slug, description, nodes, missing } = plan(ctx, choice);
  const resources = [...ctx.resources.byId.values()];
  const files = new Map<string, string>([
    ['imsmanifest.xml', manifestXml(`converge-${slug}`, title, description, base.href, nodes, resources)],
  ]);
  for (const r of resources) files.set(r.file, r.content);
  return { title, fileName: `converge-${slug}.imscc`, files, missing };
}

/**
 * One module quiz as a QTI 1.2 content package (a zip with imsmanifest.xml and the assessment), for LMSs
 * that import quizzes on their own (Canvas's "QTI .zip file", Brightspace, Blackboard).
 */
export function buildQtiPackage(
  source: CartridgeSource,
  moduleId: string,
  siteUrl: string,
  options: { allowLocal?: boolean } = {},
): Cartridge {
  const base = siteBase(siteUrl, options);
  const module = source.modules[moduleId];
  if (!module?.quiz) throw new CartridgeError(`No module quiz has the id "${moduleId}"`);
  const id = `Q-${module.id}`;
  const xml = assessmentXml(id, module.quiz, absolute(base));
  if (!xml) throw new CartridgeError(`None of the questions of "${module.quiz.title}" has a QTI form that grades as Converge does`);
  const file = `${id}.xml`;
  const manifest =
    `${XML_DECLARATION}<manifest identifier="converge-qti-${esc(module.id)}" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1">` +
    `<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata><organizations/>` +
    `<resources><resource${attrs({ identifier: id, type: 'imsqti_xmlv1p2', href: file })}><file${attrs({ href: file })}/></resource></resources></manifest>\n`;
  return {
    title: module.quiz.title,
    fileName: `converge-quiz-${module.id}.zip`,
    files: new Map([
      ['imsmanifest.xml', manifest],
      [file, xml],
    ]),
    missing: [],
  };
}

/** The package as zip bytes; entries carry a fixed date, so the same files are the same bytes. */
export function zipFiles(files: Map<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of files) entries[path] = strToU8(text);
  return zipSync(entries, { level: 9, mtime: new Date(Date.UTC(2026, 0, 1)) });
}
