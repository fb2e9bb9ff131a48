-- A report that an account is a child's (MIN-DELETE) names the account by its address; the
-- reporter (a parent or guardian) is the request's own address.
alter table privacy_request add column about_email bytea;
