-- Directory: teams on the front or back stage, and the people in them.
-- EclipseLink takes each value as the last id of a block of 50, so the first value must be 50.
-- Plain SQL types only, so that the same script runs on H2 and on PostgreSQL.

create sequence team_seq start with 50 increment by 50;
create sequence person_seq start with 50 increment by 50;
create sequence api_token_seq start with 50 increment by 50;

create table team (
    id          bigint       not null primary key,
    name        varchar(120) not null,
    name_key    varchar(120) not null,
    stage       varchar(5)   not null,
    description varchar(1000),
    active      boolean      not null,
    created_at  timestamp    not null,
    constraint team_name_unique unique (name_key),
    constraint team_stage_check check (stage in ('FRONT', 'BACK'))
);

create table person (
    id             bigint       not null primary key,
    display_name   varchar(120) not null,
    username       varchar(64)  not null,
    email          varchar(254) not null,
    team_id        bigint references team (id),
    active         boolean      not null,
    created_at     timestamp    not null,
    deactivated_at timestamp,
    constraint person_username_unique unique (username),
    constraint person_email_unique unique (email)
);
create index person_team_idx on person (team_id);

create table person_role (
    person_id bigint      not null references person (id),
    role      varchar(16) not null,
    primary key (person_id, role),
    constraint person_role_check check (role in ('EMPLOYEE', 'TEAM_LEAD', 'HR', 'ADMIN'))
);

create table team_lead (
    team_id   bigint not null references team (id),
    person_id bigint not null references person (id),
    primary key (team_id, person_id)
);

-- Security: password hashes and API tokens, kept apart from the directory.

create table credential (
    person_id     bigint       not null primary key references person (id),
    password_hash varchar(255) not null,
    changed_at    timestamp    not null
);

create table api_token (
    id           bigint       not null primary key,
    person_id    bigint       not null references person (id),
    token_hash   varchar(64)  not null,
    label        varchar(80)  not null,
    created_at   timestamp    not null,
    expires_at   timestamp    not null,
    last_used_at timestamp,
    revoked_at   timestamp,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_person_idx on api_token (person_id);
