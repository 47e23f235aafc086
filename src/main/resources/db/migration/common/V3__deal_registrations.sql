-- Deal registration: the registrations with their product lines, the conflicts found when they were submitted, special
-- pricing requests, attachments, and the lock rows that serialize conflict checks per country (rule D4).
-- Portable SQL: runs on H2 2.2 and PostgreSQL 15; PostgreSQL's trigram indexes are in postgresql/V3_1.

create sequence deal_number_seq start with 1001;

create table deal_registration (
    id                    uuid primary key,
    deal_number           bigint       not null,
    partner_id            uuid         not null,
    lead_id               uuid,
    status                varchar(30)  not null,
    stage                 varchar(20)  not null,
    customer_company      varchar(200) not null,
    match_name            varchar(200) not null,
    web_domain            varchar(253),
    tax_id                varchar(50),
    tax_key               varchar(50),
    country               varchar(2)   not null,
    region                varchar(100),
    contact_name          varchar(200),
    contact_email         varchar(254),
    contact_phone         varchar(40),
    product_lines         varchar(200) not null,
    estimated_value       numeric(15, 2) not null,
    currency              varchar(3)   not null,
    expected_close_date   date         not null,
    competitor            varchar(200),
    notes                 varchar(4000),
    conflict              varchar(10),
    submitted_at          timestamp with time zone,
    first_approver        varchar(254),
    first_approved_at     timestamp with time zone,
    decided_by            varchar(254),
    decided_at            timestamp with time zone,
    decision_note         varchar(2000),
    protected_from        date,
    protected_until       date,
    expiry_reminded_at    timestamp with time zone,
    extension_status      varchar(20),
    extension_reason      varchar(2000),
    extension_days        integer,
    closed_amount         numeric(15, 2),
    lost_reason           varchar(2000),
    closed_at             timestamp with time zone,
    created_by            varchar(254) not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null
);
create unique index deal_number_uk on deal_registration (deal_number);
create index deal_partner_ix on deal_registration (partner_id, status);
create index deal_status_ix on deal_registration (status, updated_at);
create index deal_updated_ix on deal_registration (updated_at);
create index deal_tax_ix on deal_registration (tax_key);
create index deal_domain_ix on deal_registration (web_domain);
create index deal_name_ix on deal_registration (country, match_name);
create index deal_expiry_ix on deal_registration (protected_until);

-- Rule D3's name blocks: a registration is a candidate for another's similar name when they share a block (country and
-- the first three letters of a word, or the last four of a long word); trigram similarity then decides. Kept by the
-- repository whenever a registration's name or country changes.
create table deal_name_key (
    name_key    varchar(60)  not null,
    deal_id     uuid         not null references deal_registration (id),
    match_name  varchar(200) not null,
    primary key (name_key, deal_id)
);
create index deal_name_key_deal_ix on deal_name_key (deal_id);

create table deal_line (
    deal_id       uuid         not null references deal_registration (id),
    position      integer      not null,
    product_line  varchar(30)  not null,
    products      varchar(500),
    amount        numeric(15, 2) not null,
    primary key (deal_id, position)
);

-- What the check at submission found (rule D3): the competing registration or lead, how it matched. Only brand staff
-- read these rows; the partner learns that a possible conflict exists, never with whom.
create table deal_conflict (
    id              uuid primary key,
    deal_id         uuid        not null references deal_registration (id),
    other_type      varchar(10) not null,
    other_id        uuid        not null,
    other_partner   uuid,
    match_kind      varchar(10) not null,
    similarity      numeric(4, 3),
    exact_on_protected boolean  not null,
    found_at        timestamp with time zone not null
);
create index deal_conflict_deal_ix on deal_conflict (deal_id);

create table deal_pricing_request (
    id               uuid primary key,
    deal_id          uuid        not null references deal_registration (id),
    partner_id       uuid        not null,
    product_line     varchar(30) not null,
    kind             varchar(20) not null,
    requested_value  numeric(15, 2) not null,
    discount_percent numeric(5, 2) not null,
    justification    varchar(2000) not null,
    status           varchar(20) not null,
    requested_by     varchar(254) not null,
    requested_at     timestamp with time zone not null,
    escalated_by     varchar(254),
    escalated_at     timestamp with time zone,
    decided_by       varchar(254),
    decided_at       timestamp with time zone,
    decision_note    varchar(2000),
    version          bigint not null
);
create index deal_pricing_deal_ix on deal_pricing_request (deal_id);
create index deal_pricing_status_ix on deal_pricing_request (status);

create table deal_attachment (
    id            uuid primary key,
    deal_id       uuid         not null references deal_registration (id),
    partner_id    uuid         not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    integer      not null,
    content       bytea        not null,
    uploaded_by   varchar(254) not null,
    uploaded_at   timestamp with time zone not null
);
create index deal_attachment_deal_ix on deal_attachment (deal_id);

-- One row per country, locked FOR UPDATE while a submission is checked and recorded, so that two partners registering
-- the same customer at the same moment are checked one after the other (rule D4).
create table deal_conflict_lock (
    scope  varchar(40) primary key
);

-- Leads take part in the conflict check with the same match name and name blocks (PartnerNames); existing rows get them
-- from LeadMatchNames at start-up (the generic words are a Java list, not SQL).
alter table sales_lead add column match_name varchar(200);
-- No foreign key: EclipseLink may write a lead's blocks before the lead (they are derived data; leads are never deleted).
create table lead_name_key (
    lead_id   uuid        not null,
    name_key  varchar(60) not null,
    primary key (name_key, lead_id)
);
create index lead_name_key_lead_ix on lead_name_key (lead_id);
