-- First-party usage events (COL-USAGE, COL-DEVICE), recorded only with analytics consent and never
-- for a restricted subject. One partition per month (UTC), created ahead by the store; whole months
-- older than 12 are dropped (RET-AUTO). The partitions live in their own schema: they are the
-- storage of this one table, whose columns the analytics module declares in the inventory.
create schema if not exists analytics_partition;

create table analytics_event (
    occurred_at  timestamptz not null,
    kind         text not null check (kind in ('page_view', 'tile_click', 'banner_click', 'time_on_page')),
    path         text not null,
    search_query text,
    target       text,
    duration_ms  integer,
    referrer     text,
    device_type  text,
    os           text,
    browser      text,
    ip_prefix    inet,
    visitor_id   uuid,
    subject_id   uuid,
    beacon_id    uuid
) partition by range (occurred_at);

create index analytics_event_time on analytics_event (occurred_at);
create index analytics_event_subject on analytics_event (subject_id) where subject_id is not null;
