-- Every processor reference an order's payment ever had (one per attempt, and a new one when a
-- processor's idempotency window passed), so that a late webhook for an earlier one still finds
-- its order.
create table payment_attempt (
    gateway    varchar(16)  not null,
    reference  varchar(128) not null,
    order_id   uuid         not null references payment (order_id) on delete cascade,
    created_at timestamptz  not null default now(),
    primary key (gateway, reference)
);
create index payment_attempt_order on payment_attempt (order_id);
insert into payment_attempt (gateway, reference, order_id)
select gateway, reference, order_id from payment where reference is not null;
