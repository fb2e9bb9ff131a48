-- Subjects who restricted the processing of their data (DSR-RESTRICT): one row while it holds.
create table privacy_restriction (
    subject_id    uuid primary key,
    reason        text not null,
    restricted_at timestamptz not null default now()
);
