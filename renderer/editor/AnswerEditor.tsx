import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditorState, LexicalEditor } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS, type RichText } from '../../shared/report/content-schema';
import { useHost } from '../host/HostProvider';
import { useI18n } from '../i18n/I18nProvider';
import { EDITOR_NODES, EDITOR_THEME, isSafeLinkUrl } from './editor-config';
import { BlockIdPlugin } from './plugins/BlockIdPlugin';
import { PriorYearPlugin } from './plugins/PriorYearPlugin';
import { ProvenancePlugin } from './plugins/ProvenancePlugin';
import { useOrigins } from './origin-context';
import { BoundedHistoryPlugin } from './plugins/BoundedHistoryPlugin';
import { ChangePlugin, type TextStats } from './plugins/ChangePlugin';
import { FormattingPlugin } from './plugins/FormattingPlugin';
import { SelectionCatchUpPlugin } from './plugins/SelectionCatchUpPlugin';
import { ImagePlugin, INSERT_IMAGE_COMMAND } from './plugins/ImagePlugin';
import { PastePlugin, type StoreImage } from './plugins/PastePlugin';
import { ControlCharacterPlugin } from './plugins/ControlCharacterPlugin';
import { SchemaGuardPlugin } from './plugins/SchemaGuardPlugin';
import { CommentPlugin, type PendingAnchor } from './plugins/CommentPlugin';
import { TablesPlugin } from './plugins/TablesPlugin';
import { Toolbar } from './Toolbar';
import { FILE_TYPES } from '../app/file-types';

export interface AnswerEditorProps {
  questionId: string;
  initialContent: RichText;
  /** Shows the toolbar (the answer the user is working in). */
  active: boolean;
  describedBy: string;
  onChange: (state: EditorState) => void;
  onStats: (stats: TextStats) => void;
  onBlur: () => void;
  onEditor: (editor: LexicalEditor | null) => void;
  storeImage: StoreImage;
  onError: (message: string) => void;
  /** Comments: asks for a new one on the selection, and says which comment ids this answer may mark (null while unknown). */
  comments?: { onRequest: (anchor: PendingAnchor) => void; known: () => ReadonlySet<string> | null };
}

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

function EditorHandle({ onEditor }: { onEditor: (editor: LexicalEditor | null) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);
  return null;
}

function InsertImageToolbar({
  label,
  storeImage,
  onError,
}: {
  label: string;
  storeImage: StoreImage;
  onError: (message: string) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const host = useHost();
  const { t } = useI18n();
  const insertImage = useCallback(async () => {
    try {
      const [file] = await host.openFile({ title: t('chooseImage'), filters: FILE_TYPES.image, multiple: false });
      if (!file) return;
      const type = MIME[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
      const imageId = await storeImage(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type }), file.name);
      editor.focus();
      editor.dispatchCommand(INSERT_IMAGE_COMMAND, { imageId, altText: file.name.replace(/\.[^.]+$/, '') });
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  }, [editor, host, onError, storeImage, t]);
  return <Toolbar label={label} onInsertImage={() => void insertImage()} />;
}

/** One answer's rich-text editor: Lexical with the app's nodes, toolbar, paste cleaning, bounded undo and change reporting. */
export function AnswerEditor(props: AnswerEditorProps) {
  const { questionId, active, onChange, onStats, onBlur, onEditor, storeImage, onError } = props;
  const { t } = useI18n();
  const label = t('answerLabel', { id: questionId });
  const origins = useOrigins();
  const describeOrigin = useCallback(
    (name: string, revision: number, edited: boolean) => t(edited ? 'originEdited' : 'origin', { name, revision }),
    [t],
  );
  // A paste far larger than an answer is asked about before the page spends seconds on it.
  const confirmLarge = useCallback(
    (characters: number) => window.confirm(t('confirmLargePaste', { characters: characters.toLocaleString('sv-SE') })),
    [t],
  );
  const confirmTable = useCallback(
    (columns: number, cells: number) =>
      window.confirm(
        t('confirmLargeTable', {
          columns,
          cells: cells.toLocaleString('sv-SE'),
          maxColumns: MAX_TABLE_COLUMNS,
          maxCells: MAX_TABLE_CELLS.toLocaleString('sv-SE'),
        }),
      ),
    [t],
  );
  const describePrior = useCallback((year: number) => t('priorYearText', { year }), [t]);
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: `svar-${questionId}`,
    nodes: [...EDITOR_NODES],
    theme: EDITOR_THEME,
    editorState: JSON.stringify(props.initialContent),
    onError: (error: Error) => {
      console.error(`Redigeraren för svar ${questionId}`, error);
      onError(t('editorError', { id: questionId }));
    },
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className={`answer-editor${active ? ' is-active' : ''}`}>
        {active && <InsertImageToolbar label={label} storeImage={storeImage} onError={onError} />}
        <div className="answer-surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="answer-input"
                aria-label={label}
                aria-describedby={props.describedBy}
                aria-placeholder={t('answerPlaceholder')}
                placeholder={<div className="answer-placeholder">{t('answerPlaceholder')}</div>}
                onBlur={onBlur}
                spellCheck
                lang="sv"
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <ListPlugin />
      <TablesPlugin />
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <BoundedHistoryPlugin />
      <SelectionCatchUpPlugin />
      <FormattingPlugin />
      <ImagePlugin />
      <PastePlugin storeImage={storeImage} onError={onError} confirmLarge={confirmLarge} confirmTable={confirmTable} />
      <ControlCharacterPlugin />
      <SchemaGuardPlugin />
      <BlockIdPlugin />
      <ProvenancePlugin departments={origins} describe={describeOrigin} />
      <PriorYearPlugin describe={describePrior} />
      {props.comments && <CommentPlugin onRequest={props.comments.onRequest} known={props.comments.known} />}
      <ChangePlugin onChange={onChange} onStats={onStats} />
      <EditorHandle onEditor={onEditor} />
    </LexicalComposer>
  );
}
