-- Issue 15 part B: the workshop REST API, experts answering from their account, the committee's record and
-- bilingual hierarchies.
-- quorum: added by V40 (null = a majority of the invited experts).
-- anonymise_experts: reports name experts "Expert 1, 2, ..." instead of by name.
alter table workshop add column anonymise_experts boolean default false not null;
-- username: the expert account tied to a participant (answers from the account as well as from the link).
-- Participants of issue 14 tied by their contact keep working (contact = user name when username is empty).
alter table workshop_participant add column username varchar(64);
-- name_zh: every node's Chinese label next to its English one (name).
alter table workshop_node add column name_zh varchar(200);
