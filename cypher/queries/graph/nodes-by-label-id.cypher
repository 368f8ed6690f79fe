// Nodes of one label by their own `id` property ({{label}}: a label whose ids were found unique, escaped); the
// API's ids are text, so each value is tried as written and, where it is a whole number, as an integer.
// params: $values
// columns: key, node
UNWIND $values AS value
MATCH (n:{{label}})
WHERE n.id = value OR (value =~ '-?[0-9]{1,18}' AND n.id = toInteger(value))
RETURN value AS key, n AS node
