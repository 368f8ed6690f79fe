// Part of one window of a node's neighbours through one relationship type ({{type}}: allow-listed, escaped, so
// Neo4j expands only that type's chain). The store is read in windows of $window neighbours from $start, each
// ranked on its own (events newest first, then the best connected): the order is total and repeatable, so
// pages at different offsets never overlap.
// params: $center, $labels, $direction, $from, $to, $start, $window, $skip, $limit
// columns: relationship, neighbour
MATCH (c) WHERE elementId(c) = $center
MATCH (c)-[r:{{type}}]-(m)
WHERE ($direction = 'both' OR ($direction = 'out' AND startNode(r) = c) OR ($direction = 'in' AND endNode(r) = c))
  AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  // An event whose day, month or year overlaps [$from, $to] stays ('~' sorts after digits and '-': June
  // meets a range from 10 June); an undated one (null) goes while a bound is set, as on the page.
  AND (NOT m:Event OR (($from IS NULL OR m.date + '~' >= $from) AND ($to IS NULL OR m.date <= $to + '~')))
WITH r, m
SKIP $start LIMIT $window
WITH r, m ORDER BY coalesce(m.date, '') DESC, COUNT { (m)--() } DESC, elementId(r)
RETURN r AS relationship, m AS neighbour
SKIP $skip LIMIT $limit
