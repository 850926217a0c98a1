import fc from 'fast-check';
import { mergeStep } from '../../../shared/merge/merge-step';
import { resolveConflict } from '../../../shared/merge/resolve-conflict';
import { resolveChoice } from '../../../shared/merge/choice-merge';
import {
  richTextSchema,
  type RichText,
  type SerializedBlock,
  type SerializedTextBlock,
} from '../../../shared/report/content-schema';
import { mergeRecordSchema, type AnswerPart, type MergeState } from '../../../shared/report/merge-record';
import { bodyText, deptBody, deptBlock, paragraph, parseBody, type DeptBlock } from './merge-world-blocks';

/*
 * A generated merge scenario: departments (1–10) rewrite their answers to some of the
 * report's questions over up to four revisions (insert, delete, edit, move, split, empty
 * paragraphs, choice and basis), while the coordinator edits, deletes, reorders, adds
 * text and resolves conflicts between merges. The world keeps its own account of what
 * each side wrote and removed — from the texts, not from the engine's records — and
 * checks the merge's promises after every step. Every text is unique
 * ("A|1.2|s3|v2" for a department, "K|7" for the coordinator), so presence is exact.
 */

export type Merge = typeof mergeStep;

export type CheckName = 'lost' | 'overwrite' | 'idempotence' | 'order' | 'provenance' | 'schema' | 'older';

export interface Failure {
  check: CheckName;
  detail: string;
}

export interface WorldSize {
  departments: number;
  questions: number;
  revisions: number;
}

interface Department {
  id: string;
  questions: string[];
  texts: Map<string, DeptBlock[]>;
  choices: Map<string, Pick<AnswerPart, 'choice' | 'basis'>>;
  revision: number;
  sent: Map<number, Map<string, AnswerPart>>;
}

/** Scenarios of 1–10 departments, 1–30 questions and up to 4 revisions each. */
export const worldArb = fc.record({
  seed: fc.integer({ min: 0, max: 2_147_483_646 }),
  departments: fc.integer({ min: 1, max: 10 }),
  questions: fc.integer({ min: 1, max: 30 }),
  revisions: fc.integer({ min: 1, max: 4 }),
});

/** The first broken promise over `runs` generated scenarios, with the scenario that broke it. */
export function firstFailure(
  merge: Merge,
  runs: number,
  runSeed: number,
): (Failure & { scenario: string }) | undefined {
  for (const spec of fc.sample(worldArb, { seed: runSeed, numRuns: runs })) {
    const world = new MergeWorld(random(spec.seed), spec, merge);
    world.run(spec.revisions);
    if (world.failures.length > 0) return { ...world.failures[0]!, scenario: JSON.stringify(spec) };
  }
  return undefined;
}

const BASES = ['uppföljning', 'utvärdering', 'annat'];

/** A small seeded generator (mulberry32), so a seed repeats a scenario exactly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class MergeWorld {
  readonly failures: Failure[] = [];
  readonly counts = { merges: 0, steps: 0, conflicts: 0, resolved: 0 };
  private readonly pick: <T>(items: readonly T[]) => T;
  private readonly chance: (p: number) => boolean;
  private readonly departments: Department[];
  private readonly order: string[];
  answers = new Map<string, AnswerPart>();
  private records = new Map<string, MergeState>();
  private merged = new Map<string, number>();
  /** Department texts the coordinator edited away, deleted or decided against: `dept/question/block` → text. */
  private dismissed = new Map<string, string>();
  /** The coordinator's texts still meant to be in the answer, per question. */
  private live = new Map<string, Set<string>>();
  /** Department texts the coordinator removed from the text: they must not come back as plain blocks. */
  private removed = new Map<string, Set<string>>();
  private next = 0;
  /** Questions where the coordinator placed text of its own or moved blocks: departments' order around them is not defined. */
  private arranged = new Set<string>();

  constructor(
    private readonly rand: () => number,
    size: WorldSize,
    private readonly merge: Merge = mergeStep,
  ) {
    this.pick = (items) => items[Math.floor(rand() * items.length)]!;
    this.chance = (p) => rand() < p;
    const questions = Array.from({ length: size.questions }, (_, i) => `${1 + Math.floor(i / 9)}.${1 + (i % 9)}`);
    for (const q of questions) {
      this.answers.set(q, {
        content: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [paragraph('', `tom-${q.replace('.', '_')}`)],
          },
        },
        choice: null,
        basis: [],
      });
      this.live.set(q, new Set());
      this.removed.set(q, new Set());
    }
    this.departments = Array.from({ length: size.departments }, (_, i) => ({
      id: String.fromCharCode(65 + i),
      questions: questions.filter(() => this.chance(0.5)).slice(0, 8),
      texts: new Map(),
      choices: new Map(),
      revision: 0,
      sent: new Map(),
    }));
    for (const d of this.departments) if (d.questions.length === 0) d.questions.push(this.pick(questions));
    this.order = this.departments.map((d) => d.id);
  }

  private id(prefix: string): string {
    return `${prefix}${++this.next}`;
  }

  /** Runs a whole scenario: rounds of revisions, with the coordinator at work between them. */
  run(revisions: number): void {
    for (let round = 0; round < revisions; round++) {
      const senders = this.departments.filter(() => this.chance(0.8));
      for (let i = 0; i < senders.length; i++) {
        this.coordinatorWorks();
        const pair = i + 1 < senders.length && this.chance(0.3);
        if (pair) {
          this.sendTogether(senders[i]!, senders[i + 1]!);
          i++;
        } else {
          this.send(senders[i]!);
        }
        this.checkAll();
        if (this.failures.length > 0) return;
      }
    }
  }

  private write(d: Department): void {
    d.revision++;
    const answers = new Map<string, AnswerPart>();
    for (const q of d.questions) {
      const blocks = [...(d.texts.get(q) ?? [])];
      if (d.revision === 1 || this.chance(0.6)) this.edit(d, q, blocks);
      d.texts.set(q, blocks);
      let choice = d.choices.get(q) ?? { choice: null, basis: [] };
      if (this.chance(0.25))
        choice = { choice: this.pick([null, 'ja', 'nej'] as const), basis: BASES.filter(() => this.chance(0.4)) };
      d.choices.set(q, choice);
      answers.set(q, {
        content: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: blocks.map((b) => deptBlock(b)),
          },
        },
        ...choice,
      });
    }
    d.sent.set(d.revision, answers);
  }

  private edit(d: Department, q: string, blocks: DeptBlock[]): void {
    const ops = 1 + Math.floor(this.rand() * 4);
    for (let i = 0; i < ops; i++) {
      const op =
        blocks.length === 0
          ? 'insert'
          : this.pick(['insert', 'insert', 'delete', 'edit', 'edit', 'move', 'split', 'blank', 'fill']);
      const at = Math.floor(this.rand() * (blocks.length + 1));
      const index = Math.floor(this.rand() * blocks.length);
      const fresh = (): DeptBlock => {
        const s = this.id('s');
        return {
          id: s,
          body: deptBody(d.id, q, s, d.revision),
          kind: this.pick(['p', 'p', 'p', 'h', 'l', 't'] as const),
        };
      };
      if (op === 'insert') blocks.splice(at, 0, fresh());
      else if (op === 'delete') blocks.splice(index, 1);
      else if (op === 'edit' || (op === 'fill' && blocks[index]!.body === ''))
        blocks[index] = { ...blocks[index]!, body: deptBody(d.id, q, blocks[index]!.id, d.revision) };
      else if (op === 'move') blocks.splice(at > index ? at - 1 : at, 0, ...blocks.splice(index, 1));
      else if (op === 'split')
        blocks.splice(index, 1, { ...blocks[index]!, body: deptBody(d.id, q, blocks[index]!.id, d.revision) }, fresh());
      else if (op === 'blank') blocks.splice(at, 0, { id: this.id('s'), body: '', kind: 'p' });
    }
  }

  private send(d: Department): void {
    this.write(d);
    this.mergeAll(d);
  }

  private mergeAll(d: Department): void {
    for (const q of d.questions) this.mergeOne(d, q);
  }

  private mergeOne(d: Department, q: string): void {
    const key = `${q}/${d.id}`;
    const theirs = d.sent.get(d.revision)!.get(q)!;
    const input = {
      answer: this.answers.get(q)!,
      state: this.records.get(key),
      departmentId: d.id,
      revision: d.revision,
      theirs,
      departmentOrder: this.order,
      newId: () => this.id('n'),
    };
    const result = this.merge(input);
    this.counts.merges++;
    this.counts.conflicts += result.summary.conflicts;
    this.answers.set(q, result.answer);
    this.records.set(key, result.state);
    this.merged.set(key, d.revision);
    const record = mergeRecordSchema.safeParse({
      reportId: 'rapport-1',
      questionId: q,
      departmentId: `avd-${d.id}-00000`,
      ...result.state,
      updatedAt: '2026-01-05T10:00:00.000Z',
    });
    if (!record.success)
      this.fail(
        'schema',
        `${q} ${d.id}: sammanfogningsunderlaget är ogiltigt: ${record.error.issues[0]?.path.join('.')} ${record.error.issues[0]?.message}`,
      );
    // The same file again, and an older one after it, change nothing.
    const again = this.merge({ ...input, answer: result.answer, state: result.state });
    if (JSON.stringify(again.answer) !== JSON.stringify(result.answer))
      this.fail('idempotence', `${q} ${d.id} v${d.revision} sammanfogad två gånger ändrade svaret`);
    if (d.revision > 1) {
      const older = this.merge({
        ...input,
        answer: result.answer,
        state: result.state,
        revision: d.revision - 1,
        theirs: d.sent.get(d.revision - 1)!.get(q) ?? theirs,
      });
      if (JSON.stringify(older.answer) !== JSON.stringify(result.answer))
        this.fail('older', `${q} ${d.id} v${d.revision - 1} efter v${d.revision} ändrade svaret`);
    }
  }

  /** Two departments' revisions merged in both orders must give the same answers. */
  private sendTogether(a: Department, b: Department): void {
    this.write(a);
    this.write(b);
    const saved = {
      answers: new Map(this.answers),
      records: new Map(this.records),
      merged: new Map(this.merged),
      next: this.next,
    };
    this.mergeAll(b);
    this.mergeAll(a);
    const reversed = new Map([...this.answers].map(([q, answer]) => [q, normalise(answer, this.arranged.has(q))]));
    Object.assign(this, { answers: saved.answers, records: saved.records, merged: saved.merged, next: saved.next });
    this.mergeAll(a);
    this.mergeAll(b);
    for (const [q, answer] of this.answers) {
      if (normalise(answer, this.arranged.has(q)) !== reversed.get(q))
        this.fail('order', `${q}: ${a.id} sedan ${b.id} gav inte samma svar som ${b.id} sedan ${a.id}`);
    }
  }

  private coordinatorWorks(): void {
    const ops = Math.floor(this.rand() * 4);
    for (let i = 0; i < ops; i++) {
      const q = this.pick([...this.answers.keys()]);
      const answer = this.answers.get(q)!;
      const blocks = [...answer.content.root.children];
      const plain = blocks.flatMap((b, at) => (b.type !== 'conflict' && bodyText(b) !== '' ? [at] : []));
      const conflicts = blocks.flatMap((b, at) => (b.type === 'conflict' ? [at] : []));
      const op = this.pick(['edit', 'delete', 'reorder', 'own', 'resolve', 'resolve', 'choice']);
      this.counts.steps++;
      if (op === 'edit' && plain.length > 0) {
        const at = this.pick(plain);
        const block = blocks[at] as SerializedTextBlock;
        const text = `K|${this.id('k')}`;
        this.forget(q, bodyText(block));
        this.live.get(q)!.add(text);
        // As the editor does: the block keeps its id and provenance, and a department's block is marked edited.
        blocks[at] = {
          ...paragraph(text, block.$?.blockId ?? this.id('n')),
          $: { ...block.$, ...(block.$?.dept && { edited: true }) },
        };
      } else if (op === 'delete' && plain.length > 0) {
        const at = this.pick(plain);
        this.forget(q, bodyText(blocks[at]!));
        blocks.splice(at, 1);
      } else if (op === 'reorder' && plain.length > 1) {
        this.arranged.add(q);
        const [moved] = blocks.splice(this.pick(plain), 1);
        blocks.splice(Math.floor(this.rand() * (blocks.length + 1)), 0, moved!);
      } else if (op === 'own') {
        this.arranged.add(q);
        const text = `K|${this.id('k')}`;
        this.live.get(q)!.add(text);
        blocks.splice(Math.floor(this.rand() * (blocks.length + 1)), 0, paragraph(text, this.id('e')));
      } else if (op === 'resolve' && conflicts.length > 0) {
        const at = this.pick(conflicts);
        const conflict = blocks[at]!;
        if (conflict.type !== 'conflict') continue;
        const choice = this.pick(['mine', 'theirs', 'edit'] as const);
        this.counts.resolved++;
        if (choice === 'mine' && conflict.theirs) this.forget(q, bodyText(conflict.theirs));
        if (choice === 'theirs' && conflict.mine) this.forget(q, bodyText(conflict.mine));
        blocks.splice(at, 1, ...resolveConflict(conflict, choice, () => this.id('n')));
      } else if (op === 'choice') {
        const key = [...this.records.keys()].find((k) => k.startsWith(`${q}/`) && this.records.get(k)!.choiceConflict);
        const state = key ? this.records.get(key)! : undefined;
        if (state?.choiceConflict && this.chance(0.7)) {
          Object.assign(answer, resolveChoice(answer, state.choiceConflict, this.pick(['mine', 'theirs'] as const)));
          this.records.set(key!, { ...state, choiceConflict: null });
        } else {
          Object.assign(answer, {
            choice: this.pick([null, 'ja', 'nej'] as const),
            basis: BASES.filter(() => this.chance(0.4)),
          });
        }
      }
      this.answers.set(q, { ...answer, content: { root: { ...answer.content.root, children: blocks } } });
    }
  }

  /** The coordinator took a text out of the answer (edited it away, deleted it, or chose the other side). */
  private forget(q: string, text: string): void {
    const dept = parseBody(text);
    if (dept) {
      this.dismissed.set(`${dept.department}/${q}/${dept.block}`, text);
      this.removed.get(q)!.add(text);
    } else {
      this.live.get(q)!.delete(text);
    }
  }

  private fail(check: CheckName, detail: string): void {
    this.failures.push({ check, detail });
  }

  private checkAll(): void {
    for (const [q, answer] of this.answers) this.check(q, answer);
  }

  private check(q: string, answer: AnswerPart): void {
    const children = answer.content.root.children;
    const anywhere = new Set<string>();
    const plain = new Set<string>();
    for (const block of children) {
      if (block.type === 'conflict') {
        for (const side of [block.mine, block.theirs]) if (side) anywhere.add(bodyText(side));
      } else {
        anywhere.add(bodyText(block));
        plain.add(bodyText(block));
      }
    }
    for (const d of this.departments) {
      const revision = this.merged.get(`${q}/${d.id}`);
      const sent = revision === undefined ? undefined : d.sent.get(revision)?.get(q);
      for (const block of sent?.content.root.children ?? []) {
        const text = bodyText(block);
        const src = block.$!.blockId!;
        if (text !== '' && !anywhere.has(text) && this.dismissed.get(`${d.id}/${q}/${src}`) !== text)
          this.fail('lost', `${q}: ${text} (${d.id} v${revision}) finns inte i svaret`);
      }
    }
    for (const text of this.live.get(q)!)
      if (!anywhere.has(text)) this.fail('overwrite', `${q}: samordnarens ${text} finns inte kvar`);
    for (const text of this.removed.get(q)!)
      if (plain.has(text))
        this.fail('overwrite', `${q}: ${text}, som samordnaren tog bort, kom tillbaka utan konflikt`);
    this.checkProvenance(q, children);
    this.checkSchema(q, answer.content);
  }

  private checkProvenance(q: string, children: readonly SerializedBlock[]): void {
    const ids = children.map((b) => b.$?.blockId);
    if (ids.some((id) => !id) || new Set(ids).size !== ids.length)
      this.fail('provenance', `${q}: block-id saknas eller finns två gånger`);
    for (const block of children) {
      if (block.type === 'conflict') {
        if (block.theirs && block.theirs.$?.dept !== block.departmentId)
          this.fail('provenance', `${q}: konfliktens avdelningssida saknar avdelning`);
        continue;
      }
      const text = bodyText(block);
      const origin = parseBody(text);
      if (origin && (block.$?.dept !== origin.department || block.$.src !== origin.block || block.$.rev === undefined))
        this.fail('provenance', `${q}: ${text} bär ${JSON.stringify(block.$)}`);
      if (!origin && text !== '' && block.$?.dept && !block.$.edited)
        this.fail('provenance', `${q}: samordnarens ${text} står som ${block.$.dept}s oredigerade text`);
    }
  }

  private checkSchema(q: string, content: RichText): void {
    const resolved = (choice: 'mine' | 'theirs'): RichText => ({
      root: {
        ...content.root,
        children: content.root.children.flatMap((b) =>
          b.type === 'conflict' ? resolveConflict(b, choice, () => this.id('n')) : [b],
        ),
      },
    });
    for (const [label, value] of [
      ['efter sammanfogning', content],
      ['alla konflikter Behåll min', resolved('mine')],
      ['alla konflikter Ta deras', resolved('theirs')],
    ] as const) {
      const parsed = richTextSchema.safeParse(value);
      if (!parsed.success)
        this.fail(
          'schema',
          `${q}: svaret är ogiltigt ${label}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
        );
    }
  }
}

/**
 * An answer's blocks with their provenance but without block ids, a conflict's two sides
 * in a fixed order: what two merge orders must agree on. In the order of the answer;
 * where the coordinator put text of its own between departments' blocks or moved
 * blocks, as a set (a department whose blocks are all gone is placed by its neighbours,
 * and which of those are left decides on which side of the coordinator's text it goes).
 * Ja/Nej is left out: when two departments set different values, the first one merged
 * stands and the other is the open choice conflict, whichever order.
 */
export function normalise(answer: AnswerPart, asSet: boolean): string {
  const strip = (b: SerializedTextBlock | null) =>
    b ? JSON.stringify({ ...b, $: { ...b.$, blockId: undefined } }) : '–';
  const blocks = answer.content.root.children.map((b) =>
    b.type === 'conflict' ? `konflikt:${[strip(b.mine), strip(b.theirs)].sort().join('|')}` : strip(b),
  );
  return JSON.stringify(asSet ? blocks.sort() : blocks);
}
