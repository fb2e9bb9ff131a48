-- Shopping carts. A guest's cart is found by the random id in its necessary 'cart' cookie;
-- a customer's cart also names its owner (set by the accounts module at sign-in).
create table cart (
    id               uuid primary key,
    owner_subject_id uuid,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create unique index cart_owner on cart (owner_subject_id) where owner_subject_id is not null;
create index cart_updated_at on cart (updated_at);

create table cart_item (
    cart_id  uuid   not null references cart (id) on delete cascade,
    piece_id bigint not null,
    quantity int    not null check (quantity between 1 and 99),
    added_at timestamptz not null default now(),
    primary key (cart_id, piece_id)
);
