-- A withdrawal can also come from a data-subject request (DSR-WITHDRAW).
alter table marketing_consent drop constraint marketing_consent_withdrawn_how_check;
alter table marketing_consent add constraint marketing_consent_withdrawn_how_check
    check (withdrawn_how in ('unsubscribe_link', 'account', 'erasure', 'privacy_request'));
