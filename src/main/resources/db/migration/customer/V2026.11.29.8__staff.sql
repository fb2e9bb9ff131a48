-- The second factor's state per account: wrong codes in a row (the session ends at the limit) and
-- the time step of the last code accepted, so that one code never works twice.
create table second_factor_state (
    subject_id uuid primary key references account (subject_id) on delete cascade,
    failures   int not null default 0,
    last_step  bigint
);
