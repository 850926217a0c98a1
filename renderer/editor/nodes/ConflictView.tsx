import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import { resolveConflict, type ConflictChoice } from '../../../shared/merge/resolve-conflict';
import type { SerializedConflict, SerializedTextBlock } from '../../../shared/report/content-schema';
import { appDeps } from '../../app/deps';
import { blockLines } from '../../../shared/report/rich-text-plain';
import { useI18n } from '../../i18n/I18nProvider';
import { useOrigins } from '../origin-context';
import { REPLACE_TAG } from '../plugins/ProvenancePlugin';

function Side({ label, block }: { label: string; block: SerializedTextBlock | null }) {
  const { t } = useI18n();
  return (
    <div className="conflict-side">
      <p className="conflict-label">{label}</p>
      {block ? (
        blockLines(block).map((line, i) => <p key={i}>{line}</p>)
      ) : (
        <p className="conflict-deleted">{t('conflictDeleted')}</p>
      )}
    </div>
  );
}

/** Both texts of a conflict and the three ways out: keep mine, take theirs, or edit both. */
export function ConflictView(props: {
  nodeKey: string;
  departmentId: string;
  revision: number;
  mine: SerializedTextBlock | null;
  theirs: SerializedTextBlock | null;
}) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const department = useOrigins().get(props.departmentId)?.name ?? t('unknownDepartment');
  const resolve = (choice: ConflictChoice) => {
    editor.update(
      () => {
        const node = $getNodeByKey(props.nodeKey);
        if (!node) return;
        // The same resolution as everywhere (shared/merge): the block that stays keeps the conflict's id, so the merge record's link holds.
        const conflict = node.exportJSON() as unknown as SerializedConflict;
        for (const block of resolveConflict(conflict, choice, appDeps.newId))
          node.insertBefore($parseSerializedNode(block as unknown as SerializedLexicalNode));
        node.remove();
      },
      { tag: REPLACE_TAG },
    );
  };
  return (
    <div className="conflict" role="group" aria-label={t('conflictLabel', { department })}>
      <p className="conflict-title">{t('conflictTitle', { department, revision: props.revision })}</p>
      <div className="conflict-sides">
        <Side label={t('conflictMine')} block={props.mine} />
        <Side label={t('conflictTheirs', { department })} block={props.theirs} />
      </div>
      <div className="actions">
        <button type="button" onClick={() => resolve('mine')}>
          {t('keepMine')}
        </button>
        <button type="button" onClick={() => resolve('theirs')}>
          {t('takeTheirs')}
        </button>
        <button type="button" onClick={() => resolve('edit')}>
          {t('editBoth')}
        </button>
      </div>
    </div>
  );
}
