import type DataLoader from 'dataloader';

/** A node reached through a link table, tagged with the owner it was loaded for so it can be grouped. */
export type Linked<Node> = Node & { linkedTo: string };

/**
 * Loads the targets of many-to-many links through the target type's loader (one batch for all
 * owners) and tags each with its owner. Links to rows the public cannot see are dropped.
 */
export async function loadLinked<Node extends object>(
  links: ReadonlyArray<{ owner: string; target: string }>,
  loader: DataLoader<string, Node | null | undefined>,
): Promise<Linked<Node>[]> {
  const nodes = await loader.loadMany(links.map((link) => link.target));
  return links.flatMap((link, index) => {
    const node = nodes[index];
    return node && !(node instanceof Error) ? [{ ...node, linkedTo: link.owner }] : [];
  });
}
