-- EDI (issue 12). A partner's trading profile (rule E5): who it is in the envelope (qualifier and id), who we are to
-- it, whether it is still in test, which functional acknowledgment it wants, and the currency of its orders when an
-- 850 names none. One profile per envelope pair: an interchange names its profile.
create table edi_trading_profile (
    id                  uuid primary key,
    partner_id          uuid         not null,
    standard            varchar(10)  not null,
    partner_qualifier   varchar(4)   not null,
    partner_code        varchar(35)  not null,
    our_qualifier       varchar(4)   not null,
    our_code            varchar(35)  not null,
    profile_mode        varchar(12)  not null,
    functional_ack      varchar(10)  not null,
    default_currency    varchar(3)   not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null,
    constraint edi_trading_profile_envelope unique (standard, partner_qualifier, partner_code, our_qualifier, our_code)
);
create index edi_trading_profile_partner on edi_trading_profile (partner_id);

-- Every interchange in and out (rule E9), compressed, with what it was found to be. partner_id is null for one from a
-- sender nobody knows (shown to channel managers as "not recognized").
create table edi_interchange (
    id                  uuid primary key,
    partner_id          uuid,
    profile_id          uuid,
    direction           varchar(3)   not null,
    standard            varchar(10)  not null,
    sender              varchar(40)  not null,
    receiver            varchar(40)  not null,
    control_number      varchar(14)  not null,
    test_indicator      boolean      not null,
    status              varchar(20)  not null,
    summary             varchar(2000),
    transport           varchar(10)  not null,
    content_gzip        bytea        not null,
    size_bytes          integer      not null,
    answer_to           uuid,
    orders_booked       integer      not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(254) not null
);
create index edi_interchange_duplicate on edi_interchange (profile_id, direction, control_number, created_at);
create index edi_interchange_partner on edi_interchange (partner_id, created_at);

-- Gap-free control numbers per profile and kind (ISA, GS), taken under a row lock (rule E4).
create table edi_control_number (
    profile_id          uuid         not null,
    kind                varchar(4)   not null,
    last_used           bigint       not null,
    primary key (profile_id, kind)
);
