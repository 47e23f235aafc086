-- Each person's own settings (issue 10): the language their mails are written in, the time zone their dates are
-- shown in, and, per kind of notification, whether it is also mailed at once, in a daily digest, or not at all.
-- Keyed by the Keycloak user name, which is unique in the realm; a person without a row gets the defaults
-- (English, the browser's time zone or UTC, every kind mailed at once).
create table person_settings (
    username        varchar(255) primary key,
    language        varchar(20),
    time_zone       varchar(64),
    last_digest_on  date,
    updated_at      timestamp with time zone not null
);
create table notification_delivery (
    username  varchar(255) not null references person_settings (username),
    kind      varchar(40)  not null,
    delivery  varchar(20)  not null,
    primary key (username, kind)
);

-- The kinds people choose the delivery of (LEAD_OFFER, LEAD_RECALL, DEAL_DECISION, DEAL_PRICING, DEAL_EXPIRY); the
-- first notifications stored only the context.
update notification set kind = 'LEAD_OFFER' where kind = 'lead';
update notification set kind = 'DEAL_DECISION' where kind = 'deal';
-- DIGEST: waits for the recipient's next daily digest; null: nothing left to mail (sent at once, digested, or not wanted).
-- mail_to: the address the digest goes to, as it was when the event happened.
alter table notification add column mail_state varchar(20);
alter table notification add column mail_to varchar(320);
create index notification_digest on notification (mail_state, recipient);
