-- Version 4: aging snapshots (R19, R20, issue 8). Dunwise's own records: an import of the ledger keeps them.

create sequence aging_snapshot_id start with 1 increment by 1;
create table aging_snapshot (
    id              bigint        not null primary key,
    as_of           date          not null,
    definition      varchar(64)   not null,
    basis           varchar(16)   not null,
    pool            varchar(64),
    customers       bigint        not null,
    created         timestamp     not null
);

-- the periods a snapshot was made with, as the basis dates each covered (null: open)
create table aging_period (
    snapshot_id     bigint        not null references aging_snapshot(id),
    period_number   integer       not null,
    label           varchar(255)  not null,
    earliest        date,
    latest          date,
    primary key (snapshot_id, period_number)
);

-- a customer's open balance in one currency per period (at most 12) and in total; keyed by customer first, so that
-- the aged-balance lists read each customer's newest rows in one ordered range
-- (no foreign key to the snapshot: H2 would index it, and every row of a million would pay for it)
create table aging_balance (
    snapshot_id     bigint        not null,
    customer_id     varchar(64)   not null,
    currency        varchar(3)    not null,
    period_1        numeric(19,4) default 0 not null,
    period_2        numeric(19,4) default 0 not null,
    period_3        numeric(19,4) default 0 not null,
    period_4        numeric(19,4) default 0 not null,
    period_5        numeric(19,4) default 0 not null,
    period_6        numeric(19,4) default 0 not null,
    period_7        numeric(19,4) default 0 not null,
    period_8        numeric(19,4) default 0 not null,
    period_9        numeric(19,4) default 0 not null,
    period_10       numeric(19,4) default 0 not null,
    period_11       numeric(19,4) default 0 not null,
    period_12       numeric(19,4) default 0 not null,
    total           numeric(19,4) not null,
    primary key (customer_id, snapshot_id, currency)
);

-- the members of a pool while its snapshot is made
create table aging_scope (
    snapshot_id     bigint        not null,
    customer_id     varchar(64)   not null,
    primary key (snapshot_id, customer_id)
);
