import {
  $applyNodeReplacement,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import type { SerializedTextBlock } from '../../../shared/report/content-schema';
import { ConflictView } from './ConflictView';

/*
 * A merge conflict shown in place in the answer: both texts and the choices. It is a
 * block of its own in the serialized answer (type "conflict"), so it survives autosave,
 * backups and files until someone resolves it.
 */

export type SerializedConflictNode = Spread<
  { departmentId: string; revision: number; mine: SerializedTextBlock | null; theirs: SerializedTextBlock | null },
  SerializedLexicalNode
>;

export class ConflictNode extends DecoratorNode<JSX.Element> {
  __departmentId: string;
  __revision: number;
  __mine: SerializedTextBlock | null;
  __theirs: SerializedTextBlock | null;

  static override getType(): string {
    return 'conflict';
  }

  static override clone(node: ConflictNode): ConflictNode {
    return new ConflictNode(node.__departmentId, node.__revision, node.__mine, node.__theirs, node.__key);
  }

  static override importJSON(json: SerializedConflictNode): ConflictNode {
    return $createConflictNode(json.departmentId, json.revision, json.mine, json.theirs).updateFromJSON(json);
  }

  constructor(
    departmentId: string,
    revision: number,
    mine: SerializedTextBlock | null,
    theirs: SerializedTextBlock | null,
    key?: NodeKey,
  ) {
    super(key);
    this.__departmentId = departmentId;
    this.__revision = revision;
    this.__mine = mine;
    this.__theirs = theirs;
  }

  override exportJSON(): SerializedConflictNode {
    return {
      ...super.exportJSON(),
      type: 'conflict',
      version: 1,
      departmentId: this.__departmentId,
      revision: this.__revision,
      mine: this.__mine,
      theirs: this.__theirs,
    };
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'conflict-block';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return (
      <ConflictView
        nodeKey={this.getKey()}
        departmentId={this.__departmentId}
        revision={this.__revision}
        mine={this.__mine}
        theirs={this.__theirs}
      />
    );
  }
}

/** A new conflict node. */
export function $createConflictNode(
  departmentId: string,
  revision: number,
  mine: SerializedTextBlock | null,
  theirs: SerializedTextBlock | null,
): ConflictNode {
  return $applyNodeReplacement(new ConflictNode(departmentId, revision, mine, theirs));
}

/** True when the node is a merge conflict. */
export function $isConflictNode(node: LexicalNode | null | undefined): node is ConflictNode {
  return node instanceof ConflictNode;
}
