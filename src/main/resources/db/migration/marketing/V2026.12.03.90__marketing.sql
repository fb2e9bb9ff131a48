-- Newsletter and new-collection alerts (COL-MARKETING). A subscriber is a subject with an email
-- encrypted under their key, found by its blind index; each topic's consent is a row that records
-- how, when and under which policy version it was asked for, confirmed and withdrawn.
create table marketing_subscriber (
    subject_id         uuid primary key,
    email_enc          bytea not null,
    email_index        bytea not null unique,
    language           text not null,
    -- the one-click unsubscribe link's token: its digest to find it, and the token sealed under the subject's key
    unsubscribe_hash   bytea not null unique,
    unsubscribe_sealed bytea not null,
    created_at         timestamptz not null default now()
);

create table marketing_consent (
    id             uuid primary key,
    subject_id     uuid not null,
    topic          text not null check (topic in ('newsletter', 'new_collection')),
    channel        text not null default 'email' check (channel in ('email')),
    source         text not null check (source in ('footer', 'account', 'checkout', 'import')),
    policy_version text not null,
    requested_at   timestamptz not null,
    -- the double opt-in: the digest of the confirmation link's token, until it is used or expires
    token_hash     bytea,
    expires_at     timestamptz not null,
    confirmed_at   timestamptz,
    withdrawn_at   timestamptz,
    withdrawn_how  text check (withdrawn_how in ('unsubscribe_link', 'account', 'erasure'))
);
create index marketing_consent_subject on marketing_consent (subject_id);
create index marketing_consent_token on marketing_consent (token_hash) where token_hash is not null;
create index marketing_consent_live on marketing_consent (topic) where confirmed_at is not null and withdrawn_at is null;

-- Addresses that unsubscribed, by blind index only: never mailed again until they confirm a new sign-up.
create table marketing_suppression (
    email_index   bytea primary key,
    suppressed_at timestamptz not null default now()
);

create table marketing_campaign (
    id         uuid primary key,
    topic      text not null check (topic in ('newsletter', 'new_collection')),
    subject_en text not null,
    subject_zh text not null,
    body_en    text not null,
    body_zh    text not null,
    created_at timestamptz not null default now(),
    sent_at    timestamptz,
    sent_count integer not null default 0
);

-- One row per (campaign, subscriber) mailed: a second send of the campaign skips them.
create table marketing_delivery (
    campaign_id uuid not null references marketing_campaign (id) on delete cascade,
    subject_id  uuid not null,
    queued_at   timestamptz not null default now(),
    primary key (campaign_id, subject_id)
);
create index marketing_delivery_subject on marketing_delivery (subject_id);
