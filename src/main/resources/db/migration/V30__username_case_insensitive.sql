-- Issue 14: user names are unique regardless of case, enforced by the database. H2 has no functional (lower())
-- index, so a normalised column carries the unique constraint on both H2 and PostgreSQL; the application writes
-- it as the lower-case user name (AppUser.usernameKey).
alter table app_user add column username_key varchar(64);
update app_user set username_key = lower(username);
-- Accounts created before this change may collide ("Alice" and "alice"). The oldest keeps its name; each later one
-- is renamed to "<name>-<id>" (cut so it fits 64 characters) and keeps its password, roles and history. An admin
-- can tell its owner; the rename is visible in updated_by = 'migration-v30'.
update app_user set username = substring(username from 1 for 40) || '-' || cast(id as varchar(20)),
                    updated_by = 'migration-v30'
 where exists (select 1 from app_user o where o.username_key = app_user.username_key and o.id < app_user.id);
update app_user set username_key = lower(username);
alter table app_user alter column username_key set not null;
alter table app_user add constraint uk_app_user_username_key unique (username_key);
