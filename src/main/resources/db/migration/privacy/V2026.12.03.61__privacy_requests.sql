-- Data-subject requests (DSR-*): one row per request, kept 24 months after it was closed. The
-- requester's address is encrypted under a key of the request's own (requester_id), so that the
-- record of an erasure outlives the erased subject's key.
create table privacy_request (
    id                   uuid primary key,
    reference            text not null unique,
    type                 text not null,
    channel              text not null,
    status               text not null,
    requester_id         uuid not null,
    subject_id           uuid,
    email_index          bytea not null,
    email                bytea not null,
    details              bytea,
    order_number         bytea,
    language             text not null,
    country              text not null,
    jurisdiction         text not null,
    received_at          timestamptz not null,
    verified_at          timestamptz,
    verification         text,
    acknowledge_by       date,
    acknowledged_at      timestamptz,
    due_on               date,
    latest_due_on        date,
    extended_at          timestamptz,
    extension_reason     bytea,
    decided_at           timestamptz,
    outcome              text,
    reason               bytea,
    assigned_to          uuid,
    closed_at            timestamptz
);
create index privacy_request_open on privacy_request (status, due_on);
create index privacy_request_email on privacy_request (email_index, type, status);
create index privacy_request_subject on privacy_request (subject_id);

-- What happened to each request, in order: its audit trail (no personal data; actor is a role and id).
create table privacy_request_event (
    request_id uuid not null references privacy_request (id) on delete cascade,
    at         timestamptz not null,
    actor      text not null,
    what       text not null
);
create index privacy_request_event_request on privacy_request_event (request_id, at);

-- Secret links of requests (verify the address, download an export): only a digest is stored.
create table privacy_request_link (
    digest     bytea primary key,
    request_id uuid not null references privacy_request (id) on delete cascade,
    purpose    text not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
