// Ends transactions by id: the console's own queries, once past their deadline.
// params: $ids
// columns: transactionId, message
TERMINATE TRANSACTIONS $ids
YIELD transactionId, message
RETURN transactionId, message
