-- Consensus questions, their rounds and positions.
SELECT 1;
