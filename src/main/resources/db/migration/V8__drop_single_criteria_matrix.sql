-- The walking skeleton kept one criteria matrix per workshop; judgements now live per expert and node
-- (V6__expert_judgements). The old table has no reader left.
drop table judgement_matrix;
