// The server's transactions still running for one console request (tagged by the console worker).
// params: $requestId
// columns: transactionId
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.readoutConsole = $requestId
RETURN transactionId
