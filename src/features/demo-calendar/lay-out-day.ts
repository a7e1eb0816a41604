/** Places overlapping meetings side by side: each gets a lane and the lane count of its cluster. */
export type Placed<T> = { item: T; lane: number; lanes: number };

export function layOutDay<T>(
  items: readonly T[],
  span: (item: T) => { start: number; end: number },
): Placed<T>[] {
  const sorted = [...items].sort((a, b) => span(a).start - span(b).start || span(b).end - span(a).end);
  const placed: Placed<T>[] = [];
  let cluster: Placed<T>[] = [];
  let clusterEnd = -Infinity;
  const laneEnds: number[] = [];
  const closeCluster = () => {
    const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
    for (const p of cluster) p.lanes = lanes;
    cluster = [];
    laneEnds.length = 0;
  };
  for (const item of sorted) {
    const { start, end } = span(item);
    if (start >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    const p = { item, lane, lanes: 1 };
    cluster.push(p);
    placed.push(p);
    clusterEnd = Math.max(clusterEnd === -Infinity ? end : clusterEnd, end);
  }
  closeCluster();
  return placed;
}
