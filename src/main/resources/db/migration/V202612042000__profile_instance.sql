-- The instance profile (issue 9 item 6): one row, set by an administrator; audited in audit.audit_entry.
create schema if not exists profile;

create table profile.instance_profile (
    id              smallint primary key check (id = 1),
    region          varchar(120) not null,
    capital         varchar(120),
    agency          varchar(200) not null,
    address         varchar(300),
    zone            varchar(40)  not null check (zone in ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')),
    logo            bytea,
    logo_type       varchar(40),
    signer_name     varchar(120),
    signer_nip      varchar(18),
    signer_position varchar(200),
    signer_rank     varchar(10),
    version         integer not null default 0
);
