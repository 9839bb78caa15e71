-- Who created an account and who changed it last, so user administration is traceable (issue 7).
-- Nullable: accounts created before this change (the first admin, test accounts) have no creator.
alter table app_user add column created_by varchar(64);
alter table app_user add column updated_at timestamp with time zone;
alter table app_user add column updated_by varchar(64);
