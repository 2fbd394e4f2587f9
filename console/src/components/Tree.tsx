// An assembly as a tree: nested lists of links (a screen reader announces the nesting, the
// keyboard moves from link to link with Tab).
import { statusWords, type TreeNode } from '../shape';
import { PartLink } from './links';

export function Tree({ node, highlight }: { node: TreeNode; highlight?: (id: number) => string | null }) {
  return (
    <ul className="tree">
      <TreeItem node={node} highlight={highlight} />
    </ul>
  );
}

function TreeItem({ node, highlight }: { node: TreeNode; highlight?: (id: number) => string | null }) {
  const mark = highlight?.(node.part.id);
  return (
    <li>
      <span className={`node ${mark ? `mark-${mark.replace(/\s+/g, '-')}` : ''}`}>
        <PartLink id={node.part.id} serial={node.part.serial} /> <span className="muted">{statusWords(node.part.status)}</span>
        {mark && <span className="badge">{mark}</span>}
      </span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c) => (
            <TreeItem key={c.part.id} node={c} highlight={highlight} />
          ))}
        </ul>
      )}
    </li>
  );
}
