-- When each partner's person first signed in (issue 10): until then an invited colleague shows as "Invited", and
-- the organization's administrators are told who has not signed in yet.
alter table partner_user add column first_signed_in_at timestamp with time zone;
