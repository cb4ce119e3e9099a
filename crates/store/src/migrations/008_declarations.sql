-- Declarations and drawn signatures.
SELECT 1;
