import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import type { SerializedTextBlock } from '../../../shared/report/content-schema';
import { blockLines } from '../../../shared/text/rich-text-plain';
import { useI18n } from '../../i18n/I18nProvider';
import { useOrigins } from '../origin-context';
import { REPLACE_TAG } from '../plugins/ProvenancePlugin';


type Choice = 'mine' | 'theirs' | 'edit';

function Side({ label, block }: { label: string; block: SerializedTextBlock | null }) {
  const { t } = useI18n();
  return (
    <div className="conflict-side">
      <p className="conflict-label">{label}</p>
      {block ? blockLines(block).map((line, i) => <p key={i}>{line}</p>) : <p className="conflict-deleted">{t('conflictDeleted')}</p>}
    </div>
  );
}

/** Both texts of a conflict and the three ways out: keep mine, take theirs, or edit both. */
export function ConflictView(props: { nodeKey: string; departmentId: string; revision: number; mine: SerializedTextBlock | null; theirs: SerializedTextBlock | null }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const department = useOrigins().get(props.departmentId)?.name ?? t('unknownDepartment');
  const resolve = (choice: Choice) => {
    editor.update(() => {
      const node = $getNodeByKey(props.nodeKey);
      if (!node) return;
      // The kept blocks are reconciled against this revision; the coordinator's own text stays marked as edited.
      const stamp = (block: SerializedTextBlock | null, edited: boolean) => (block ? [{ ...block, $: { ...block.$, rev: props.revision, ...(edited && { edited: true }) } }] : []);
      const keep = choice === 'mine' ? stamp(props.mine, true) : choice === 'theirs' ? stamp(props.theirs, false) : [...stamp(props.mine, true), ...stamp(props.theirs, true)];
      for (const block of keep) node.insertBefore($parseSerializedNode(block as unknown as SerializedLexicalNode));
      node.remove();
    }, { tag: REPLACE_TAG });
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
