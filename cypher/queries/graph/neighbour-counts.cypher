// How many neighbours the filters let through, per relationship type and neighbour label (for "+N more").
// params: $center, $types, $labels, $direction, $from, $to
// columns: type, label, total
MATCH (c) WHERE elementId(c) = $center
MATCH (c)-[r]-(m)
WHERE ($direction = 'both' OR ($direction = 'out' AND startNode(r) = c) OR ($direction = 'in' AND endNode(r) = c))
  AND (size($types) = 0 OR type(r) IN $types)
  AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  // An event whose day, month or year overlaps [$from, $to] stays ('~' sorts after digits and '-': June
  // meets a range from 10 June); an undated one (null) goes while a bound is set, as on the page.
  AND (NOT m:Event OR (($from IS NULL OR m.date + '~' >= $from) AND ($to IS NULL OR m.date <= $to + '~')))
RETURN type(r) AS type, coalesce([l IN labels(m) WHERE l <> 'Entity'][0], labels(m)[0], '') AS label, count(*) AS total
