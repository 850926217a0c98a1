import { describe, expect, it } from 'vitest';
import { addComment, addReply, listComments, setResolved } from '../../../renderer/db/comments-repo';
import { importContributionFiles, listContributions } from '../../../renderer/db/contributions-repo';
import { listDepartments, saveAssignment } from '../../../renderer/db/departments-repo';
import { listMergeRecords } from '../../../renderer/db/merge-repo';
import { addReport, listAnswers } from '../../../renderer/db/reports-repo';
import { buildReturnFile, recordReturn } from '../../../renderer/db/review-repo';
import type { WorkbenchDb } from '../../../renderer/db/schema';
import { exportContribution, openAssignment, setAuthor } from '../../../renderer/db/workspaces-repo';
import { runMerges } from '../../../renderer/document/merge-actions';
import { fakeHandles } from '../document/fake-handles';
import { buildAssignmentFile } from '../../../shared/files/build-files';
import {
  encodeExchangeFile,
  readAssignmentFile,
  sealFile,
  type ContributionFile,
} from '../../../shared/files/exchange-files';
import type { RichText, SerializedInline, SerializedParagraph } from '../../../shared/report/content-schema';
import { carryBlockMarks, markedQuote } from '../../../shared/report/content-marks';
import { richTextToPlain } from '../../../shared/report/rich-text-plain';
import { paragraph, richText, testDeps, text } from '../../shared/fixtures';
import { freshDb, template } from './test-db';

/*
 * The review loop by file, on two databases (the coordinator's and the department's
 * laptop): a comment on merged text is returned with the department's own text, lands on
 * the department's newer words, gets a reply, comes back with revision 2 and stays on its
 * words through the merge.
 */

const plainText = (t: string): SerializedInline => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});

/** The block with `words` marked for comment `id`. */
function markWords(block: SerializedParagraph, words: string, id: string): SerializedParagraph {
  const whole = richTextToPlain({
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [block] },
  });
  const at = whole.indexOf(words);
  const marked = {
    type: 'mark',
    version: 1,
    ids: [id],
    direction: null,
    format: '',
    indent: 0,
    children: [plainText(words)],
  } as SerializedInline;
  const source: SerializedParagraph = {
    ...block,
    children: [plainText(whole.slice(0, at)), marked, plainText(whole.slice(at + words.length))],
  };
  return carryBlockMarks(source, block).block as SerializedParagraph;
}

async function mergeAll(db: WorkbenchDb, reportId: string) {
  const contributions = await listContributions(db, reportId);
  const latest = contributions.at(-1)!;
  await runMerges(
    {
      db,
      reportId,
      records: await listMergeRecords(db, reportId),
      contributions,
      departments: await listDepartments(db, reportId),
      getHandle: fakeHandles(await listAnswers(db, reportId)).getHandle,
    },
    [{ questionId: '1.1', contribution: latest }],
  );
}

async function setup() {
  const deps = testDeps();
  const coordinator = freshDb();
  const department = freshDb();
  const report = await addReport(coordinator, template, { year: 2025, organisation: 'Region Test', header: {} }, deps);
  const folkhalsa = (await listDepartments(coordinator, report.id)).find((d) => d.name === 'Folkhälsa')!;
  const assignment = await saveAssignment(coordinator, report.id, folkhalsa.id, { questionIds: ['1.1'] }, deps);
  const file = await buildAssignmentFile({
    report,
    template,
    department: folkhalsa,
    assignment,
    coordinatorName: 'Anna',
    answers: [],
    includeStartingPoints: false,
    now: deps.now(),
  });
  const { workspace } = await openAssignment(department, file, deps);
  await setAuthor(department, workspace.id, 'Eva Ek', deps);
  const write = (content: RichText) => department.answers.update([workspace.id, '1.1'], { content });
  await write(richText({ ...paragraph(text('Vi har ökat antalet platser.')), $: { blockId: 'avd-block-1' } }));
  const send = async () => {
    const contribution = await exportContribution(department, workspace.id, deps);
    return importContributionFiles(
      coordinator,
      [{ name: `folkhalsa-${contribution.revision}.rvbidrag`, bytes: encodeExchangeFile(contribution) }],
      deps,
    );
  };
  return { deps, coordinator, department, report, folkhalsa, workspace, write, send };
}

describe('the review loop', () => {
  it('carries a comment to the department and back, with its reply, on the same words', async () => {
    const s = await setup();
    expect((await s.send())[0]!.outcome).toBe('imported');
    await mergeAll(s.coordinator, s.report.id);

    // The coordinator comments on two words of the merged answer.
    const answer = (await listAnswers(s.coordinator, s.report.id)).find((a) => a.questionId === '1.1')!;
    const block = answer.content.root.children[0] as SerializedParagraph;
    await s.coordinator.answers.put({
      ...answer,
      content: { root: { ...answer.content.root, children: [markWords(block, 'ökat antalet', 'kommentar-1')] } },
    });
    await addComment(s.coordinator, s.report.id, {
      id: 'kommentar-1',
      questionId: '1.1',
      author: { name: 'Anna', departmentId: null },
      createdAt: s.deps.now().toISOString(),
      text: 'Hur många?',
      anchor: { blockId: block.$!.blockId!, quote: 'ökat antalet' },
      replies: [],
      resolution: null,
    });

    // Meanwhile the department has gone on writing.
    await s.write(
      richText({ ...paragraph(text('I år har vi ökat antalet platser kraftigt.')), $: { blockId: 'avd-block-1' } }),
    );

    const returned = await buildReturnFile(s.coordinator, {
      report: s.report,
      template,
      department: s.folkhalsa,
      note: 'Se kommentaren.',
      by: 'Anna',
      now: s.deps.now(),
    });
    expect(returned).toMatchObject({ open: 1, revision: 1 });
    await recordReturn(
      s.coordinator,
      s.report.id,
      s.folkhalsa.id,
      { revision: 1, note: 'Se kommentaren.', by: 'Anna', comments: 1 },
      s.deps,
    );
    const read = await readAssignmentFile(
      encodeExchangeFile(returned.file),
      'retur.rvuppdrag',
      [template],
      s.deps.now(),
    );
    expect(read.formatVersion).toBe(2);
    expect(markedQuote(read.returned!.answers[0]!.content, 'kommentar-1')?.quote).toBe('ökat antalet');

    await openAssignment(s.department, read, s.deps);
    const mine = (await listAnswers(s.department, s.workspace.id))[0]!;
    expect(richTextToPlain(mine.content)).toBe('I år har vi ökat antalet platser kraftigt.');
    expect(markedQuote(mine.content, 'kommentar-1')?.quote).toBe('ökat antalet');
    await addReply(
      s.department,
      s.workspace.id,
      'kommentar-1',
      { name: 'Eva Ek', departmentId: s.folkhalsa.id },
      'Från 120 till 160.',
      s.deps,
    );

    const second = (await s.send())[0]!;
    expect(second.outcome === 'refused' ? second.message : second.outcome).toBe('imported');
    const [thread] = await listComments(s.coordinator, s.report.id);
    expect(thread!.replies.map((r) => r.text)).toEqual(['Från 120 till 160.']);
    await setResolved(s.coordinator, s.report.id, 'kommentar-1', true, 'Anna', s.deps);

    await mergeAll(s.coordinator, s.report.id);
    const merged = (await listAnswers(s.coordinator, s.report.id)).find((a) => a.questionId === '1.1')!;
    expect(richTextToPlain(merged.content)).toBe('I år har vi ökat antalet platser kraftigt.');
    expect(markedQuote(merged.content, 'kommentar-1')?.quote).toBe('ökat antalet');
    expect((await listComments(s.coordinator, s.report.id))[0]!.resolution?.resolved).toBe(true);
  });

  it('refuses a contribution that changes the coordinator’s comment, and writes nothing', async () => {
    const s = await setup();
    await s.send();
    await addComment(s.coordinator, s.report.id, {
      id: 'kommentar-2',
      questionId: '1.1',
      author: { name: 'Anna', departmentId: null },
      createdAt: s.deps.now().toISOString(),
      text: 'Utveckla.',
      anchor: null,
      replies: [],
      resolution: null,
    });
    const returned = await buildReturnFile(s.coordinator, {
      report: s.report,
      template,
      department: s.folkhalsa,
      note: '',
      by: 'Anna',
      now: s.deps.now(),
    });
    await openAssignment(s.department, returned.file, s.deps);
    const contribution = await exportContribution(s.department, s.workspace.id, s.deps);
    const { sha256: _old, ...rest } = {
      ...contribution,
      comments: contribution.comments!.map((c) => ({ ...c, text: 'Allt är bra, godkänn.' })),
    };
    const forged = (await sealFile(rest)) as ContributionFile;
    const [result] = await importContributionFiles(
      s.coordinator,
      [{ name: 'forfalskad.rvbidrag', bytes: encodeExchangeFile(forged) }],
      s.deps,
    );
    expect(result).toMatchObject({ outcome: 'refused', code: 'forged-comment' });
    expect(result?.outcome === 'refused' && result.message).toMatch(/forfalskad\.rvbidrag: .*ändrad kommentar av Anna/);
    expect((await listContributions(s.coordinator, s.report.id)).map((c) => c.revision)).toEqual([1]);
    expect((await listComments(s.coordinator, s.report.id))[0]!.text).toBe('Utveckla.');
  });
});
