// Up to $limit neighbours of each of several dense nodes, any type, as the store gives them: for the nodes
// around the centre (depth 2 and beyond), whose left-out counts nobody reads, so nothing is counted or ranked.
// params: $centers, $types, $labels, $direction, $from, $to, $limit
// columns: center, rows
UNWIND $centers AS centerId
MATCH (c) WHERE elementId(c) = centerId
CALL (c) {
  MATCH (c)-[r]-(m)
  WHERE ($direction = 'both' OR ($direction = 'out' AND startNode(r) = c) OR ($direction = 'in' AND endNode(r) = c))
    AND (size($types) = 0 OR type(r) IN $types)
    AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
    // An event whose day, month or year overlaps [$from, $to] stays ('~' sorts after digits and '-': June
    // meets a range from 10 June); an undated one (null) goes while a bound is set, as on the page.
    AND (NOT m:Event OR (($from IS NULL OR m.date + '~' >= $from) AND ($to IS NULL OR m.date <= $to + '~')))
  WITH r, m LIMIT $limit
  RETURN collect({relationship: r, neighbour: m}) AS rows
}
RETURN centerId AS center, rows
