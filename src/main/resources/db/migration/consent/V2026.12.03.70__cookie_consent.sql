-- Cookie choices, GPC signals and sale/share opt-outs as they were given (CKE-CHOICE, SHR-NOSALE):
-- by subject when signed in, else by the browser's anonymous id; kept 12 months (RET-AUTO).
create table cookie_consent (
    id                 uuid primary key,
    subject_id         uuid,
    browser_id         text,
    analytics          boolean     not null,
    marketing          boolean     not null,
    sale_share_opt_out boolean     not null,
    gpc                boolean     not null,
    policy_version     text        not null,
    method             text        not null,
    browser_family     text,
    jurisdiction       text        not null,
    language           text        not null,
    given_at           timestamptz not null,
    check (subject_id is not null or browser_id is not null)
);
create index cookie_consent_browser on cookie_consent (browser_id, given_at);
create index cookie_consent_subject on cookie_consent (subject_id, given_at);
create index cookie_consent_given_at on cookie_consent (given_at);

-- Signed-in subjects who opted out of the sale or sharing of their data: kept while it holds.
create table sale_share_opt_out (
    subject_id    uuid primary key,
    source        text        not null,
    opted_out_at  timestamptz not null
);
