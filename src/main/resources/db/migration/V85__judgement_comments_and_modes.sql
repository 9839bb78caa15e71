-- Issue 16 (items 2 and 3): why an expert judged a pair as they did, and how they like to enter judgements.
-- A comment belongs to one pair of one expert's judgement at one node: pair_index is the pair's position in the
-- upper triangle (row-major), as in expert_judgement.upper_values. The rows are part of the judgement: changing a
-- comment raises expert_judgement.version (optimistic locking), and when the facilitator changes the node's
-- children the comments go with the answers they explained.
create table expert_judgement_comment (
    judgement_id bigint        not null references expert_judgement (id) on delete cascade,
    pair_index   integer       not null,
    comment_text varchar(1000) not null,
    primary key (judgement_id, pair_index)
);

-- The judgement mode an expert last chose (VERBAL, GRAPHICAL, NUMERICAL); null until they choose one. A
-- preference, not part of the participant's record: switching it never conflicts with a facilitator's edit.
alter table workshop_participant add column judgement_mode varchar(20);
