-- Separate, explicit consents to cross-border transfers (LOC-XBORDER): what the subject saw and
-- agreed to, kept until withdrawn (then as proof for a while) or until the subject is erased.
create table transfer_consent (
    id             uuid primary key,
    subject_id     uuid        not null,
    processor_ids  text[]      not null,
    purposes       text[]      not null,
    categories     text[]      not null,
    policy_version text        not null,
    source         text        not null,
    browser_family text,
    given_at       timestamptz not null default now(),
    withdrawn_at   timestamptz
);
create index transfer_consent_subject on transfer_consent (subject_id);
create index transfer_consent_withdrawn_at on transfer_consent (withdrawn_at) where withdrawn_at is not null;
