import { ANSWER_RULES, answerContexts, contributionFindings, knownTargets, reportFindings } from './rules';
import type { Finding, PreflightInput } from './finding';

/** Runs every preflight rule: header and signature findings first, then answers in document order. */
export function runPreflight(input: PreflightInput): Finding[] {
  const known = knownTargets(input);
  const contexts = answerContexts(input);
  const order = new Map(contexts.map((a, i) => [a.field.id, i]));
  const answers = contexts.flatMap((answer) => ANSWER_RULES.flatMap((rule) => rule(answer, input, known)));
  // A stable sort keeps each question's findings in rule order.
  const byQuestion = [...answers, ...contributionFindings(input)].sort(
    (a, b) => (order.get(a.questionId ?? '') ?? 0) - (order.get(b.questionId ?? '') ?? 0),
  );
  return [...reportFindings(input), ...byQuestion];
}
