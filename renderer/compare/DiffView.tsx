import { Fragment, type ReactNode } from 'react';
import type { UnitChange } from '../../shared/compare/answer-diff';
import type { Unit } from '../../shared/compare/answer-units';
import type { Atom } from '../../shared/report/inline-atoms';
import { useI18n } from '../i18n/I18nProvider';

/*
 * A comparison shown inline: paragraphs as in the answer (sub-headings, list items with
 * their level), added words underlined and removed words struck through, in colour, and
 * each change announced to a screen reader ("tillagt:", "borttaget:"), so neither colour
 * nor the line is the only cue.
 */

function atomsText(atoms: readonly Atom[]): ReactNode[] {
  return atoms.map((atom, i) => {
    const leaf = atom.leaf;
    if (leaf.type === 'linebreak') return <br key={i} />;
    if (leaf.type === 'image')
      return (
        <span key={i} className="diff-image">
          [{leaf.altText || 'bild'}]
        </span>
      );
    const bold = (leaf.format & 1) !== 0;
    const italic = (leaf.format & 2) !== 0;
    const text = bold ? <strong>{leaf.text}</strong> : leaf.text;
    return <Fragment key={i}>{italic ? <em>{text}</em> : text}</Fragment>;
  });
}

/** Added words underlined, removed ones struck through, each announced to a screen reader. */
function Change({ kind, children }: { kind: 'added' | 'removed'; children: ReactNode }) {
  const { t } = useI18n();
  const Tag = kind === 'added' ? 'ins' : 'del';
  return (
    <Tag>
      <span className="visually-hidden">{t(kind === 'added' ? 'diffAddedSr' : 'diffRemovedSr')} </span>
      {children}
    </Tag>
  );
}

function unitClass(unit: Unit): string {
  const shape = unit.shape;
  if (shape.type === 'heading') return `diff-unit diff-${shape.tag}`;
  if (shape.type === 'listitem')
    return `diff-unit diff-item diff-level-${Math.min(shape.level, 5)}${shape.listType === 'number' ? ' diff-numbered' : ''}`;
  return 'diff-unit';
}

function UnitLine({ change }: { change: UnitChange }) {
  const body =
    change.kind === 'same' ? (
      atomsText(change.unit.atoms)
    ) : change.kind === 'added' ? (
      <Change kind="added">{atomsText(change.unit.atoms)}</Change>
    ) : change.kind === 'removed' ? (
      <Change kind="removed">{atomsText(change.unit.atoms)}</Change>
    ) : (
      change.segments.map((segment, i) =>
        segment.kind === 'same' ? (
          <Fragment key={i}>{atomsText(segment.atoms)}</Fragment>
        ) : (
          <Change key={i} kind={segment.kind}>
            {atomsText(segment.atoms)}
          </Change>
        ),
      )
    );
  return <p className={`${unitClass(change.unit)} diff-${change.kind}`}>{body}</p>;
}

/** The paragraphs of a comparison with the changes marked inline. */
export function DiffView({ changes, label }: { changes: readonly UnitChange[]; label?: string }) {
  const { t } = useI18n();
  return (
    <div className="diff rich-diff" role={label ? 'group' : undefined} aria-label={label}>
      <p className="diff-legend">{t('comparisonLegend')}</p>
      {changes.length === 0 || changes.every((c) => c.kind === 'same') ? (
        <p className="diff-none">{t('comparisonUnchanged')}</p>
      ) : null}
      {changes.map((change, i) => (
        <UnitLine key={i} change={change} />
      ))}
    </div>
  );
}
