-- Listening: anonymous reports, the conversation on each, and "me too" marks.
-- Nothing here names a person, an account, a session, an address or a user agent, and dates are kept to the day:
-- random string ids instead of sequences, so that neither ids nor times reveal who filed what, or in which order.

create table report (
    id              varchar(36)   not null primary key,
    locator         varchar(8)    not null,
    receipt_hash    varchar(160)  not null,
    kind            varchar(20)   not null,
    team_id         bigint references team (id),
    title           varchar(160)  not null,
    description     varchar(4000) not null,
    customer_impact varchar(8)    not null,
    suggested_fix   varchar(2000),
    status          varchar(12)   not null,
    filed_on        date          not null,
    acknowledged_on date,
    closed_on       date,
    listed_publicly boolean       not null,
    hidden          boolean       not null,
    redacted_on     date,
    constraint report_locator_unique unique (locator),
    constraint report_kind_check check (kind in ('PROCESS_BREAKAGE', 'SUGGESTION', 'QUESTION')),
    constraint report_impact_check check (customer_impact in ('NONE', 'SOME', 'SEVERE')),
    constraint report_status_check check (status in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'DECLINED'))
);
create index report_team_idx on report (team_id);

-- A reporter's reply or a staff answer; "side" says which, never who.
create table report_message (
    id         varchar(36)   not null primary key,
    report_id  varchar(36)   not null references report (id),
    position   integer       not null,
    side       varchar(8)    not null,
    body       varchar(4000) not null,
    new_status varchar(12),
    written_on date          not null,
    hidden     boolean       not null,
    constraint report_message_position_unique unique (report_id, position),
    constraint report_message_side_check check (side in ('REPORTER', 'STAFF'))
);

-- One "me too" per person and report, kept as a keyed hash of both so that it cannot be traced to the person.
create table report_me_too (
    mark      varchar(64) not null primary key,
    report_id varchar(36) not null references report (id)
);
create index report_me_too_report_idx on report_me_too (report_id);

-- The generated key for "me too" marks when no key is configured; kept apart from the report tables.
create table listening_setting (
    name          varchar(64)  not null primary key,
    setting_value varchar(255) not null
);
