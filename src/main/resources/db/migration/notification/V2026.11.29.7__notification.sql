-- The mails the account events asked for, one row per event, so that an event delivered again
-- (after a restart, a resubmission or a second publication of an equal event) sends nothing.
-- The key is a SHA-256 digest of the event's type and content: no address, no subject id.
create table notification_sent (
    event_key  bytea primary key check (length(event_key) = 32),
    mail       text not null,
    outcome    text not null default 'sent' check (outcome in ('sent', 'no_recipient')),
    handled_at timestamptz not null default now()
);

create index notification_sent_by_time on notification_sent (handled_at);
