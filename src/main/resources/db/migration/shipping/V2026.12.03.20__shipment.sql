-- One shipment per order (ship() is idempotent per order id). The recipient's name, address and
-- phone, and the carrier's label, are encrypted under the buyer's own key.
create table shipment (
    order_id        uuid primary key,
    subject_id      uuid        not null,
    order_number    text        not null,
    carrier         text        not null,
    tracking_number text        not null unique,
    option_code     text        not null,
    recipient_enc   bytea       not null,
    label_enc       bytea,
    label_type      text,
    created_at      timestamptz not null default now()
);
create index shipment_subject on shipment (subject_id);
create index shipment_created_at on shipment (created_at);
