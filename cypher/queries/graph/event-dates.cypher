// How many events the graph holds per date, for the page's timeline of the whole graph. A date counts as stored
// (a day '2022-06-15', a month '2022-06' or a year '2022') cut to $precision: 'month' counts a day as its month,
// 'year' everything as its year, 'day' leaves them be. A date-time counts as its day; an event with no date (or a
// list for one) counts under a null date. One pass over the events: cheap next to drawing them.
// params: $precision
// columns: date, events
MATCH (e:Event)
WITH left(toStringOrNull(e.date), CASE $precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END) AS date
RETURN date, count(*) AS events
ORDER BY date
