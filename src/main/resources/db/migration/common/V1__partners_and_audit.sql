-- Partners, onboarding, users, API credentials, the audit trail and the mail outbox.
-- Portable SQL: runs on H2 2.2 (the zero-setup default) and PostgreSQL 15.

create table partner (
    id                  uuid primary key,
    name                varchar(200) not null,
    normalized_name     varchar(200) not null,
    type                varchar(20)  not null,
    tier                varchar(20)  not null,
    status              varchar(20)  not null,
    country             varchar(2)   not null,
    region              varchar(100),
    tax_id              varchar(50)  not null,
    normalized_tax_id   varchar(50)  not null,
    website             varchar(300),
    contact_name        varchar(200) not null,
    contact_email       varchar(254) not null,
    contact_phone       varchar(40),
    parent_id           uuid references partner (id),
    keycloak_group_id   varchar(64),
    suspension_reason   varchar(1000),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint not null
);
create unique index partner_normalized_name_uk on partner (normalized_name);
create unique index partner_normalized_tax_id_uk on partner (normalized_tax_id);
create index partner_updated_at_ix on partner (updated_at);

create table partner_product_line (
    partner_id   uuid not null references partner (id),
    product_line varchar(30) not null,
    primary key (partner_id, product_line)
);

create table partner_application (
    id                  uuid primary key,
    company_name        varchar(200) not null,
    normalized_name     varchar(200) not null,
    type                varchar(20)  not null,
    country             varchar(2)   not null,
    region              varchar(100),
    tax_id              varchar(50)  not null,
    normalized_tax_id   varchar(50)  not null,
    website             varchar(300),
    contact_name        varchar(200) not null,
    contact_email       varchar(254) not null,
    contact_phone       varchar(40),
    status              varchar(20)  not null,
    submitted_at        timestamp with time zone not null,
    decided_at          timestamp with time zone,
    decided_by          varchar(200),
    decision_reason     varchar(1000),
    approved_tier       varchar(20),
    partner_id          uuid,
    version             bigint not null
);
create index partner_application_status_ix on partner_application (status, submitted_at);
create index partner_application_name_ix on partner_application (normalized_name);
create index partner_application_tax_ix on partner_application (normalized_tax_id);

create table partner_application_product_line (
    application_id uuid not null references partner_application (id),
    product_line   varchar(30) not null,
    primary key (application_id, product_line)
);

create table partner_user (
    id           uuid primary key,
    partner_id   uuid not null references partner (id),
    username     varchar(254) not null,
    email        varchar(254) not null,
    first_name   varchar(100) not null,
    last_name    varchar(100) not null,
    role         varchar(20)  not null,
    status       varchar(20)  not null,
    keycloak_id  varchar(64),
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint not null
);
create unique index partner_user_username_uk on partner_user (username);
create unique index partner_user_email_uk on partner_user (email);
create index partner_user_partner_ix on partner_user (partner_id);

create table api_credential (
    id                  uuid primary key,
    partner_id          uuid not null references partner (id),
    name                varchar(100) not null,
    client_id           varchar(100) not null,
    keycloak_client_id  varchar(64)  not null,
    created_by          varchar(254) not null,
    created_at          timestamp with time zone not null,
    revoked_at          timestamp with time zone,
    revoked_by          varchar(254),
    version             bigint not null
);
create unique index api_credential_client_uk on api_credential (client_id);
create index api_credential_partner_ix on api_credential (partner_id);

create table audit_entry (
    id            uuid primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(254) not null,
    partner_id    uuid,
    subject_type  varchar(50)  not null,
    subject_id    varchar(100) not null,
    action        varchar(50)  not null,
    from_state    varchar(100),
    to_state      varchar(100),
    detail        varchar(2000)
);
create index audit_entry_partner_ix on audit_entry (partner_id, occurred_at);
create index audit_entry_subject_ix on audit_entry (subject_id);

create table outbox_mail (
    id               uuid primary key,
    recipient        varchar(254) not null,
    subject          varchar(300) not null,
    body_text        varchar(10000) not null,
    created_at       timestamp with time zone not null,
    next_attempt_at  timestamp with time zone not null,
    sent_at          timestamp with time zone,
    attempts         integer not null,
    last_error       varchar(500),
    version          bigint not null
);
create index outbox_mail_due_ix on outbox_mail (sent_at, next_attempt_at);
