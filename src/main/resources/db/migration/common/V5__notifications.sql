-- In-app notifications (issue 10): one row per recipient and event, kept 90 days. The text is stored without a
-- language (a bundle key and its arguments, as audit details are) and read in the reader's.
create table notification (
    id          uuid primary key,
    recipient   varchar(255)             not null,
    partner_id  uuid,
    kind        varchar(40)              not null,
    text        varchar(4000)            not null,
    link        varchar(500)             not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index notification_recipient_created on notification (recipient, created_at);
