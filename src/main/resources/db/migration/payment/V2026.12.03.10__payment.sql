-- The payment of each order: the processor's reference, its state and amounts. The card's brand
-- and last four digits are encrypted under the buyer's key; the card number and CVV are never here.
create table payment (
    order_id          uuid primary key,
    subject_id        uuid         not null,
    gateway           varchar(16)  not null,
    order_number      varchar(64)  not null,
    amount_cents      bigint       not null check (amount_cents >= 0),
    attempt           integer      not null default 1,
    reference         varchar(128),
    capture_reference varchar(128),
    state             varchar(16)  not null,
    card_brand        bytea,
    card_last4        bytea,
    captured_cents    bigint       not null default 0 check (captured_cents >= 0),
    refunded_cents    bigint       not null default 0 check (refunded_cents >= 0),
    restricted        boolean      not null default false,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
create unique index payment_reference on payment (gateway, reference);
create index payment_capture_reference on payment (gateway, capture_reference);
create index payment_subject on payment (subject_id);

-- Refunds, one per refund key (the idempotency key sent to the processor).
create table payment_refund (
    refund_key          varchar(160) primary key,
    order_id            uuid         not null references payment (order_id) on delete cascade,
    amount_cents        bigint       not null check (amount_cents > 0),
    processor_reference varchar(128),
    created_at          timestamptz  not null default now()
);
create index payment_refund_order on payment_refund (order_id);

-- Webhook events already handled, so that a redelivered one changes nothing.
create table payment_webhook_event (
    gateway     varchar(16)  not null,
    event_id    varchar(160) not null,
    received_at timestamptz  not null default now(),
    primary key (gateway, event_id)
);

-- The sandbox gateway's card sessions: what the sandbox tells the store about an attempt (its
-- outcome, the brand and last four digits, encrypted), never the card number or CVV.
create table payment_sandbox_session (
    session_id   varchar(64)  primary key,
    order_id     uuid         not null,
    attempt      integer      not null,
    subject_id   uuid         not null,
    amount_cents bigint       not null,
    return_path  varchar(2000) not null,
    token        varchar(64)  unique,
    outcome      varchar(24),
    card_brand   bytea,
    card_last4   bytea,
    created_at   timestamptz  not null default now(),
    unique (order_id, attempt)
);
create index payment_sandbox_subject on payment_sandbox_session (subject_id);
