-- Shared leads: the leads, every offer of a lead to a partner (with its routing explanation), the routing rules,
-- and the API's idempotency records. Portable SQL: runs on H2 2.2 and PostgreSQL 15.

create table routing_rule (
    id                   uuid primary key,
    name                 varchar(100) not null,
    sort_order           integer      not null,
    active               boolean      not null,
    countries            varchar(1000),
    regions              varchar(1000),
    postal_prefixes      varchar(1000),
    product_lines        varchar(200),
    partner_types        varchar(100),
    min_tier             varchar(20),
    min_score            numeric(4, 3),
    strategy             varchar(20)  not null,
    capacity_cap         integer,
    accept_sla_hours     integer      not null,
    follow_up_sla_hours  integer      not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint not null
);
create index routing_rule_position_ix on routing_rule (sort_order);

create table sales_lead (
    id                    uuid primary key,
    company               varchar(200) not null,
    normalized_company    varchar(200) not null,
    contact_name          varchar(200),
    contact_email         varchar(254),
    contact_phone         varchar(40),
    contact_title         varchar(100),
    country               varchar(2)   not null,
    region                varchar(100),
    postal_code           varchar(20),
    product_line          varchar(30)  not null,
    estimated_value       numeric(15, 2),
    currency              varchar(3),
    source                varchar(100),
    notes                 varchar(4000),
    origin                varchar(20)  not null,
    status                varchar(20)  not null,
    partner_id            uuid,
    sourced_by            uuid,
    assigned_user         varchar(254),
    current_assignment_id uuid,
    unrouted_reason       varchar(40),
    offered_at            timestamp with time zone,
    remind_at             timestamp with time zone,
    reminded_at           timestamp with time zone,
    accept_due_at         timestamp with time zone,
    accepted_at           timestamp with time zone,
    follow_up_due_at      timestamp with time zone,
    follow_up_sla_hours   integer,
    status_note           varchar(2000),
    disqualify_reason     varchar(1000),
    opportunity_value     numeric(15, 2),
    opportunity_currency  varchar(3),
    expected_close_date   date,
    dedup_email           varchar(254),
    dedup_company         varchar(210),
    created_by            varchar(254) not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null
);
-- Rule L2: the same e-mail, or the same normalized company in the same country, is one lead (brand-owner intake).
create unique index lead_dedup_email_uk on sales_lead (dedup_email);
create unique index lead_dedup_company_uk on sales_lead (dedup_company);
create index lead_partner_ix on sales_lead (partner_id, status);
create index lead_status_ix on sales_lead (status, updated_at);
create index lead_accept_due_ix on sales_lead (accept_due_at);
create index lead_remind_ix on sales_lead (remind_at);
create index lead_follow_up_ix on sales_lead (follow_up_due_at);

create table lead_assignment (
    id             uuid primary key,
    lead_id        uuid not null references sales_lead (id),
    partner_id     uuid not null,
    partner_name   varchar(200) not null,
    rule_id        uuid,
    rule_name      varchar(100),
    manual         boolean not null,
    assigned_by    varchar(254) not null,
    explanation    varchar(100000),
    offered_at     timestamp with time zone not null,
    accept_due_at  timestamp with time zone,
    accepted_at    timestamp with time zone,
    ended_at       timestamp with time zone,
    end_reason     varchar(30),
    end_note       varchar(1000),
    converted_at   timestamp with time zone,
    version        bigint not null
);
create index lead_assignment_lead_ix on lead_assignment (lead_id, offered_at);
create index lead_assignment_partner_ix on lead_assignment (partner_id, offered_at);

create table api_idempotency (
    client          varchar(254) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          integer      not null,
    location        varchar(500),
    body            varchar(1000000),
    created_at      timestamp with time zone not null,
    primary key (client, idempotency_key)
);
