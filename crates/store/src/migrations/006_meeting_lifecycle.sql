-- Meeting lifecycle: approval and freezing, attendance times and proxies, decisions, action items, addenda.
SELECT 1;
