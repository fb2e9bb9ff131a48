-- Support tickets, their messages and screenshots. Everything a person wrote or sent is encrypted
-- under their subject's key; a guest's ticket opens by a secret link whose digest is stored.
create table support_ticket (
    id               uuid primary key,
    number           text not null unique,
    subject_id       uuid not null,
    guest            boolean not null,
    email_enc        bytea,
    guest_token_hash bytea unique,
    guest_token_enc  bytea,
    language         text not null,
    topic            text not null check (topic in ('order', 'return', 'styling', 'other')),
    order_id         uuid,
    order_number     text,
    status           text not null check (status in ('open', 'answered', 'closed')),
    assignee_id      uuid,
    created_at       timestamptz not null default now(),
    last_activity_at timestamptz not null default now(),
    closed_at        timestamptz
);
create index support_ticket_subject on support_ticket (subject_id);
create index support_ticket_queue on support_ticket (status, last_activity_at);

create table support_message (
    id         uuid primary key,
    ticket_id  uuid not null references support_ticket (id) on delete cascade,
    subject_id uuid not null,
    author     text not null check (author in ('customer', 'staff')),
    staff_id   uuid,
    body_enc   bytea not null,
    created_at timestamptz not null default now()
);
create index support_message_ticket on support_message (ticket_id, created_at);

create table support_attachment (
    id           uuid primary key,
    message_id   uuid not null references support_message (id) on delete cascade,
    ticket_id    uuid not null references support_ticket (id) on delete cascade,
    subject_id   uuid not null,
    position     int not null,
    content_type text not null check (content_type in ('image/png', 'image/jpeg')),
    size_bytes   int not null,
    width        int not null,
    height       int not null,
    data_enc     bytea not null,
    created_at   timestamptz not null default now()
);
create index support_attachment_ticket on support_attachment (ticket_id);
