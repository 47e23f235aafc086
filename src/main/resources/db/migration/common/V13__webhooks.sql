-- Signed webhooks (issue 11, item 7; rules W1-W6 of platform.webhooks): subscriptions, the outbox of deliveries and
-- every attempt. Portable SQL: runs on H2 2.2 and PostgreSQL 15.

create table webhook_subscription (
    id                uuid primary key,
    -- the partner whose admins own it; null: the brand owner's (its channel managers, for the ERP)
    partner_id        uuid,
    url               varchar(2000) not null,
    -- the event types it receives, separated by spaces ("order.submitted order.shipped")
    event_types       varchar(2000) not null,
    description       varchar(200),
    -- Standard Webhooks secret (whsec_ + base64); shown once; the previous one signs too until previous_until (a roll)
    secret            varchar(100)  not null,
    previous_secret   varchar(100),
    previous_until    timestamp with time zone,
    enabled           boolean       not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(200)  not null,
    version           bigint        not null
);
create index webhook_subscription_owner on webhook_subscription (partner_id);

create table webhook_delivery (
    id                uuid primary key,
    subscription_id   uuid          not null references webhook_subscription (id) on delete cascade,
    -- the message id (webhook-id): the same on every attempt and replay, so the receiver can drop a repeat
    message_id        varchar(40)   not null,
    event_type        varchar(60)   not null,
    payload           varchar(20000) not null,
    -- PENDING (due at next_attempt_at), DELIVERED, or DEAD (failed for the whole retry window; the owner replays it)
    status            varchar(12)   not null,
    created_at        timestamp with time zone not null,
    -- the retry window runs from here: the first attempt, or the last replay
    window_started_at timestamp with time zone not null,
    next_attempt_at   timestamp with time zone not null,
    attempts          integer       not null,
    last_status_code  integer,
    last_error        varchar(300),
    finished_at       timestamp with time zone,
    version           bigint        not null
);
create index webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at);

create table webhook_attempt (
    id                uuid primary key,
    delivery_id       uuid          not null references webhook_delivery (id) on delete cascade,
    attempted_at      timestamp with time zone not null,
    -- the receiver's HTTP status; null when no answer came (refused address, timeout, connection refused)
    status_code       integer,
    error             varchar(300),
    -- the first kilobyte of the receiver's answer, never more (rule W5)
    response_excerpt  varchar(1024),
    duration_ms       integer       not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempted_at);
