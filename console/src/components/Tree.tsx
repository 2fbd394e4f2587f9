// An assembly as a tree (nested lists, so screen readers and keyboards follow it).
import { statusWords, type TreeNode } from '../shape';
import { PartLink } from './links';

export function Tree({ node, highlight }: { node: TreeNode; highlight?: (id: number) => string | null }) {
  return (
    <ul className="tree" role="tree">
      <TreeItem node={node} highlight={highlight} />
    </ul>
  );
}

function TreeItem({ node, highlight }: { node: TreeNode; highlight?: (id: number) => string | null }) {
  const mark = highlight?.(node.part.id);
  return (
    <li role="treeitem" aria-expanded={node.children.length ? true : undefined}>
      <span className={`node ${mark ? `mark-${mark.replace(/\s+/g, '-')}` : ''}`}>
        <PartLink id={node.part.id} serial={node.part.serial} /> <span className="muted">{statusWords(node.part.status)}</span>
        {mark && <span className="badge">{mark}</span>}
      </span>
      {node.children.length > 0 && (
        <ul role="group">
          {node.children.map((c) => (
            <TreeItem key={c.part.id} node={c} highlight={highlight} />
          ))}
        </ul>
      )}
    </li>
  );
}
