-- Customer and staff accounts. Every value that names or reaches a person is encrypted with the
-- person's own data key (the *_enc columns); email is found through a keyed blind index.
create table account (
    subject_id          uuid primary key,
    kind                text not null check (kind in ('customer', 'staff')),
    status              text not null check (status in ('unverified', 'active', 'invited', 'closed')),
    email_enc           bytea not null,
    email_index         bytea not null unique,
    pending_email_enc   bytea,
    pending_email_index bytea,
    name_enc            bytea,
    phone_enc           bytea,
    language            text not null,
    password_hash       text,
    -- the age gate keeps only the fact "14 or older", checked on this day, never the birth date
    age_checked_on      date,
    totp_secret_enc     bytea,
    totp_enabled_at     timestamptz,
    created_at          timestamptz not null default now(),
    last_active_at      timestamptz not null default now(),
    locked_until        timestamptz
);

create table account_role (
    subject_id uuid not null references account (subject_id) on delete cascade,
    role       text not null check (role in ('SUPPORT_AGENT', 'FULFILMENT', 'CATALOG_MANAGER', 'PRIVACY_OFFICER', 'ADMIN')),
    granted_at timestamptz not null default now(),
    primary key (subject_id, role)
);

create table account_address (
    id          uuid primary key,
    subject_id  uuid not null references account (subject_id) on delete cascade,
    -- recipient, street lines, city, region, postal code and phone, as one encrypted document
    address_enc bytea not null,
    country     char(2) not null,
    is_default  boolean not null default false,
    created_at  timestamptz not null default now()
);
create index account_address_subject on account_address (subject_id);

-- single-use links: only a hash of each token is kept
create table account_token (
    token_hash  bytea primary key,
    subject_id  uuid not null references account (subject_id) on delete cascade,
    purpose     text not null check (purpose in ('verify_email', 'reset_password', 'staff_invite')),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index account_token_subject on account_token (subject_id, purpose);

-- browsers a person has signed in from, by a keyed hash of a random cookie value
create table account_device (
    subject_id  uuid not null references account (subject_id) on delete cascade,
    device_hash bytea not null,
    first_seen  timestamptz not null default now(),
    last_seen   timestamptz not null default now(),
    primary key (subject_id, device_hash)
);

create table account_recovery_code (
    subject_id uuid not null references account (subject_id) on delete cascade,
    code_hash  bytea not null,
    used_at    timestamptz,
    primary key (subject_id, code_hash)
);

-- failed sign-ins per account and per client address, by keyed hash (no address is kept)
create table login_throttle (
    throttle_key bytea primary key,
    failures     int not null,
    first_failed timestamptz not null,
    last_failed  timestamptz not null,
    locked_until timestamptz
);

-- the one-time token that creates the first admin (hash only)
create table staff_setup (
    token_hash bytea primary key,
    expires_at timestamptz not null,
    used_at    timestamptz
);
