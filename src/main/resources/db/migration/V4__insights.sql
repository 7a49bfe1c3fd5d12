-- Insights: each kudos or report text embedded once when it arrives, and the themes of the latest run.
-- A text row keeps the vector and a hash of the words, never the words themselves: they stay in kudos and report,
-- so an edit, a redaction or a hidden report is never kept here. No author, no time of day: the ISO week only.

create table insight_text (
    id          varchar(40)   not null primary key,
    text_source varchar(6)    not null,
    kudos_id    bigint        references kudos (id),
    report_id   varchar(36)   references report (id),
    team_key    varchar(20)   not null,
    week_start  date          not null,
    text_hash   varchar(64)   not null,
    embedding   varchar(3100) not null,
    theme_id    varchar(36),
    constraint insight_text_source_check check (text_source in ('KUDOS', 'REPORT'))
);
create index insight_text_kudos_idx on insight_text (kudos_id);
create index insight_text_report_idx on insight_text (report_id);
create index insight_text_theme_idx on insight_text (theme_id);

-- The themes of the latest full run, updated as arriving texts join them; replaced by the next run.
create table insight_theme (
    id          varchar(36)   not null primary key,
    rank_order  integer       not null,
    label       varchar(200)  not null,
    key_phrases varchar(1000) not null,
    centroid    varchar(3100) not null,
    kudos       integer       not null,
    reports     integer       not null,
    rising      boolean       not null,
    new_theme   boolean       not null
);

create table insight_theme_team (
    theme_id varchar(36) not null references insight_theme (id),
    team_key varchar(20) not null,
    texts    integer     not null,
    primary key (theme_id, team_key)
);

create table insight_theme_week (
    theme_id   varchar(36) not null references insight_theme (id),
    week_start date        not null,
    texts      integer     not null,
    primary key (theme_id, week_start)
);

-- One row: when the latest run finished and what it found.
create table insight_run (
    id          integer   not null primary key,
    computed_on date      not null,
    finished_at timestamp not null,
    texts       integer   not null,
    themes      integer   not null
);
