-- The committee workshop's set-up: wizard step, scenario (assumption overrides, profit mechanisms, eligibility
-- rule set), criteria hierarchy and group settings. Only overrides of assumptions are stored: a value absent here
-- is the engine's default, so the provenance (PAPER / ASSUMPTION / USER) stays derivable.
alter table workshop add column setup_step integer not null default 0;
alter table workshop add column aggregation varchar(20) not null default 'AIJ';
alter table workshop add column consensus_threshold double precision not null default 0.75;
alter table workshop add column exclude_inconsistent boolean not null default false;
alter table workshop add column experts_see_group boolean not null default false;
alter table workshop add column rule_set varchar(120);
alter table workshop add column mechanisms varchar(400) not null default 'COMPREHENSIVE';

create table workshop_assumption (
    workshop_id bigint           not null references workshop (id) on delete cascade,
    field_key   varchar(64)      not null,
    field_value double precision not null,
    primary key (workshop_id, field_key)
);

-- The hierarchy as rows in pre-order: the goal has no parent; position keeps the order of the matrix rows.
create table workshop_node (
    workshop_id bigint       not null references workshop (id) on delete cascade,
    position    integer      not null,
    node_id     varchar(64)  not null,
    parent_id   varchar(64),
    name        varchar(200) not null,
    description varchar(500),
    primary key (workshop_id, position)
);
