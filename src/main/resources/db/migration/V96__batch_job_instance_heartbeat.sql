-- Issue 17 (two instances on one database): a batch job records which process runs it and when that process last
-- said it was alive. Only a job whose heartbeat is stale is marked INTERRUPTED, so a second instance starting up no
-- longer interrupts the jobs the first one is still running; a cancel asked of another instance is a flag the owning
-- process reads, not a delete under its feet.
alter table eligibility_batch_job add column instance_id varchar(64);
alter table eligibility_batch_job add column heartbeat_at timestamp with time zone;
alter table eligibility_batch_job add column cancel_requested boolean default false not null;
