-- Recognition: kudos and hand-off ratings for back-stage teams, applause, company values, in-app notifications and
-- the outbox of e-mail and webhook alerts. Other areas are referred to by id only (person, team).

create sequence kudos_seq start with 50 increment by 50;
-- Starts one block later: EclipseLink takes 50 as the end of the block 1..50, and ids 1-4 are the values below.
create sequence company_value_seq start with 100 increment by 50;
create sequence notification_seq start with 50 increment by 50;
create sequence alert_delivery_seq start with 50 increment by 50;

create table company_value (
    id          bigint       not null primary key,
    name        varchar(60)  not null,
    name_key    varchar(60)  not null,
    description varchar(300),
    active      boolean      not null,
    constraint company_value_name_unique unique (name_key)
);

create table kudos (
    id             bigint        not null primary key,
    giver_id       bigint        not null references person (id),
    giver_team_id  bigint        references team (id),
    giver_stage    varchar(5),
    team_id        bigint        not null references team (id),
    rating         integer       not null,
    message        varchar(2000) not null,
    customer_story varchar(2000),
    created_at     timestamp     not null,
    edited_at      timestamp,
    withdrawn      boolean       not null,
    withdrawn_at   timestamp,
    hidden         boolean       not null,
    hidden_by      bigint        references person (id),
    hidden_reason  varchar(500),
    hidden_at      timestamp,
    constraint kudos_rating_check check (rating between 1 and 5)
);
create index kudos_team_idx on kudos (team_id, created_at);
create index kudos_giver_idx on kudos (giver_id, created_at);
create index kudos_created_idx on kudos (created_at);

create table kudos_person (
    kudos_id  bigint not null references kudos (id),
    person_id bigint not null references person (id),
    primary key (kudos_id, person_id)
);
create index kudos_person_person_idx on kudos_person (person_id);

create table kudos_value (
    kudos_id bigint not null references kudos (id),
    value_id bigint not null references company_value (id),
    primary key (kudos_id, value_id)
);

create table applause (
    kudos_id   bigint    not null references kudos (id),
    person_id  bigint    not null references person (id),
    created_at timestamp not null,
    primary key (kudos_id, person_id)
);

create table notification (
    id           bigint       not null primary key,
    recipient_id bigint       not null references person (id),
    kind         varchar(20)  not null,
    text         varchar(300) not null,
    link         varchar(200),
    created_at   timestamp    not null,
    read_at      timestamp
);
create index notification_recipient_idx on notification (recipient_id, created_at);

create table team_webhook (
    team_id    bigint       not null primary key references team (id),
    url        varchar(500) not null,
    updated_by bigint       not null references person (id),
    updated_at timestamp    not null
);

-- Alerts are written in the same transaction as the kudos and delivered afterwards, so none is lost on a crash.
create table alert_delivery (
    id              bigint        not null primary key,
    channel         varchar(10)   not null,
    team_id         bigint        not null references team (id),
    kudos_id        bigint        not null references kudos (id),
    target          varchar(500)  not null,
    subject         varchar(200)  not null,
    body            varchar(4000) not null,
    status          varchar(10)   not null,
    attempts        integer       not null,
    last_error      varchar(500),
    next_attempt_at timestamp     not null,
    created_at      timestamp     not null,
    delivered_at    timestamp,
    constraint alert_delivery_channel_check check (channel in ('EMAIL', 'WEBHOOK')),
    constraint alert_delivery_status_check check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index alert_delivery_due_idx on alert_delivery (status, next_attempt_at);
create index alert_delivery_team_idx on alert_delivery (team_id, created_at);

-- SMTP settings an admin may change at run time; without a row the configuration keys apply.
create table mail_settings (
    id         bigint       not null primary key,
    host       varchar(255),
    port       integer      not null,
    sender     varchar(254) not null,
    username   varchar(254),
    password   varchar(255),
    updated_by bigint       not null references person (id),
    updated_at timestamp    not null
);

-- A starting set of company values, so that kudos can be tagged on the first day; admins rename or retire them.
-- The sequence starts at 100, so EclipseLink hands out ids from 51: never these.
insert into company_value (id, name, name_key, description, active) values
    (1, 'Customer first', 'customer first', 'We start from what the customer needs.', true),
    (2, 'One team', 'one team', 'Front stage and back stage win together.', true),
    (3, 'Own it', 'own it', 'We see a problem through to the end.', true),
    (4, 'Keep it simple', 'keep it simple', 'We make the hard things easy for others.', true);
