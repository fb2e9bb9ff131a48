-- Checkout drafts, orders with their lines and refunds, and return requests. Everything that
-- names a person is encrypted under the buyer's key; only the shipping country stays readable.

create table checkout_draft (
    cart_id    uuid primary key,
    subject_id uuid not null,
    draft_enc  bytea not null,
    updated_at timestamptz not null default now()
);
create index checkout_draft_updated on checkout_draft (updated_at);

create table shop_order (
    id                   uuid primary key,
    number               text not null unique check (number ~ '^WT-[0-9A-HJKMNP-TV-Z]{8}$'),
    subject_id           uuid not null,
    cart_id              uuid,
    status               text not null check (status in ('placed', 'paid', 'packed', 'shipped', 'delivered', 'cancelled', 'refunded')),
    language             text not null,
    email_enc            bytea,
    email_index          bytea,
    phone_enc            bytea,
    shipping_address_enc bytea,
    billing_address_enc  bytea,
    preferences_enc      bytea,
    guest_token_hash     bytea,
    shipping_country     text not null,
    shipping_option      text not null,
    shipping_name_en     text not null,
    shipping_name_zh     text not null,
    subtotal_cents       bigint not null check (subtotal_cents >= 0),
    shipping_cents       bigint not null check (shipping_cents >= 0),
    total_cents          bigint not null check (total_cents >= 0),
    refunded_cents       bigint not null default 0 check (refunded_cents >= 0),
    carrier              text,
    tracking_number      text,
    tracking_link        text,
    label_path           text,
    restricted           boolean not null default false,
    flagged              text,
    placed_at            timestamptz not null,
    reserved_until       timestamptz not null,
    paid_at              timestamptz,
    shipped_at           timestamptz,
    closed_at            timestamptz,
    last_activity_at     timestamptz not null
);
create index shop_order_subject on shop_order (subject_id, placed_at desc);
create index shop_order_email on shop_order (email_index);
create index shop_order_status on shop_order (status, placed_at desc);
create index shop_order_placed on shop_order (placed_at desc);
create index shop_order_unpaid on shop_order (reserved_until) where status = 'placed';

create table shop_order_line (
    order_id    uuid not null references shop_order (id) on delete cascade,
    position    int not null,
    piece_id    bigint not null,
    name_en     text not null,
    name_zh     text not null,
    quantity    int not null check (quantity > 0),
    price_cents bigint not null check (price_cents >= 0),
    primary key (order_id, position)
);

create table shop_order_refund (
    refund_key  text primary key,
    order_id    uuid not null references shop_order (id) on delete cascade,
    amount_cents bigint not null check (amount_cents > 0),
    refunded_at timestamptz not null default now()
);
create index shop_order_refund_order on shop_order_refund (order_id);

create table order_return_request (
    id         uuid primary key,
    order_id   uuid not null references shop_order (id) on delete cascade,
    subject_id uuid not null,
    kind       text not null check (kind in ('return', 'exchange')),
    reason_enc bytea not null,
    created_at timestamptz not null default now()
);
create index order_return_request_order on order_return_request (order_id);
