-- The language the applicant wrote their application in (the apply page's; null from the API: English), so that the
-- onboarding mails and the new administrator's invitation (Keycloak's locale attribute) are in it (issue 10).
alter table partner_application add column language varchar(20);
