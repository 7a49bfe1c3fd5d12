-- Kudos alert their team with one notification that its members and leads read, instead of one row per person: for a
-- team of 25, every kudos wrote 25 notifications and their indexes in its commit, a quarter of what giving cost.
-- Whether a person has read a notification is now a row of their own in notification_read.
alter table notification alter column recipient_id drop not null;
-- No foreign keys on the new columns: teams and people are deactivated, never deleted, and H2 would write an index of
-- its own for each constraint in every kudos' commit.
alter table notification add column team_id bigint;
alter table notification add column audience varchar(20);
alter table notification add column actor_id bigint;
create index notification_team_idx on notification (team_id, created_at);

create table notification_read (
    person_id       bigint    not null references person (id),
    notification_id bigint    not null references notification (id),
    read_at         timestamp not null,
    primary key (person_id, notification_id)
);
insert into notification_read (person_id, notification_id, read_at)
    select recipient_id, id, read_at from notification where read_at is not null;
alter table notification drop column read_at;

-- A person sees their team's notifications from the day they joined it, not the team's whole history.
alter table person add column team_since timestamp;
update person set team_since = created_at;
alter table person alter column team_since set not null;
