-- The ledger's schema, version 1. Portable SQL: the same script runs on H2 and PostgreSQL.
-- Imported records (customer … settlement) reference each other; Dunwise's own records (activity … history)
-- name customers and invoices by id only, so that a new import of the ledger keeps them.

create table customer (
    id              varchar(64)   not null primary key,
    name            varchar(255)  not null,
    customer_group  varchar(64),
    country         varchar(8),
    currency        varchar(3),
    language        varchar(35),
    credit_limit    numeric(19,4),
    sales_group     varchar(64),
    on_hold         boolean       default false not null
);

create table customer_attribute (
    customer_id     varchar(64)   not null references customer(id),
    attribute_key   varchar(64)   not null,
    attribute_value varchar(255),
    primary key (customer_id, attribute_key)
);

create table contact (
    customer_id         varchar(64)   not null references customer(id),
    position            integer       not null,
    name                varchar(255)  not null,
    email               varchar(320),
    language            varchar(35),
    purposes            varchar(1000),
    is_primary          boolean       default false not null,
    collections_contact boolean       default false not null,
    bounced             boolean       default false not null,
    primary key (customer_id, position)
);

create table sales_rep (
    sales_group     varchar(64)   not null,
    position        integer       not null,
    name            varchar(255)  not null,
    email           varchar(320),
    is_contact      boolean       default false not null,
    is_primary      boolean       default false not null,
    primary key (sales_group, position)
);

create table agent (
    id              varchar(64)   not null primary key,
    name            varchar(255)  not null,
    email           varchar(320),
    team            varchar(64)   not null
);

create table invoice (
    id              varchar(64)   not null primary key,
    customer_id     varchar(64)   not null references customer(id),
    invoice_date    date          not null,
    due_date        date          not null,
    amount          numeric(19,4) not null,
    open_amount     numeric(19,4) not null,
    currency        varchar(3)    not null,
    status          varchar(16)   not null,
    promise_date    date,
    promised_amount numeric(19,4)
);
-- the engine's access path: a customer's invoices by due date (R7)
create index invoice_customer_due on invoice (customer_id, due_date, id);

create table payment (
    id              varchar(64)   not null primary key,
    customer_id     varchar(64)   not null references customer(id),
    payment_date    date          not null,
    amount          numeric(19,4) not null,
    currency        varchar(3)    not null,
    bank_account    varchar(64)
);
create index payment_customer on payment (customer_id, payment_date);

create table settlement (
    payment_id      varchar(64)   not null references payment(id),
    invoice_id      varchar(64)   not null references invoice(id),
    amount          numeric(19,4) not null,
    primary key (payment_id, invoice_id)
);
create index settlement_invoice on settlement (invoice_id);

-- EclipseLink pre-allocates 50 ids per call: the first value must be the first block's end
create sequence activity_id start with 50 increment by 50;
create table activity (
    id              bigint        not null primary key,
    customer_id     varchar(64)   not null,
    invoice_id      varchar(64),
    template        varchar(64),
    activity_type   varchar(64)   not null,
    purpose         varchar(255),
    start_date      date          not null,
    due_date        date          not null,
    details         varchar(4000),
    agent_id        varchar(64),
    done            boolean       default false not null
);
create index activity_customer on activity (customer_id, start_date);

-- letter numbers are a gapless-looking sequence of their own (R15)
create sequence letter_number start with 1 increment by 1;
create table collection_letter (
    letter_number   bigint        not null primary key,
    customer_id     varchar(64)   not null,
    letter_date     date          not null,
    letter_level    integer       not null,
    invoice_ids     varchar(4000) not null,
    total           numeric(19,4) not null,
    fee             numeric(19,4),
    interest        numeric(19,4),
    currency        varchar(3)    not null,
    language        varchar(35)
);
create index letter_customer on collection_letter (customer_id, letter_date);

create sequence case_id start with 1 increment by 1;
create table collections_case (
    id              bigint        not null primary key,
    customer_id     varchar(64)   not null,
    category        varchar(64)   not null,
    status          varchar(64)   not null,
    owner_id        varchar(64),
    opened          date          not null,
    invoice_ids     varchar(4000) not null,
    activity_ids    varchar(4000) not null
);
create index case_customer on collections_case (customer_id);

create sequence journal_entry_id start with 1 increment by 1;
create table journal_entry (
    id              bigint        not null primary key,
    journal         varchar(64)   not null,
    entry_date      date          not null,
    description     varchar(255),
    reason          varchar(64)
);
create index journal_entry_journal on journal_entry (journal, id);

create table journal_line (
    entry_id        bigint        not null references journal_entry(id),
    line_number     integer       not null,
    account         varchar(64)   not null,
    amount          numeric(19,4) not null,
    currency        varchar(3)    not null,
    customer_id     varchar(64),
    invoice_id      varchar(64),
    payment_id      varchar(64),
    primary key (entry_id, line_number)
);

create sequence history_id start with 50 increment by 50;
create table process_history (
    id              bigint        not null primary key,
    run_id          varchar(64)   not null,
    action_date     date          not null,
    customer_id     varchar(64)   not null,
    strategy        varchar(64),
    step            varchar(255),
    action_type     varchar(64)   not null,
    invoice_ids     varchar(4000) not null,
    recipients      varchar(4000) not null,
    outcome         varchar(16)   not null,
    reason          varchar(1000)
);
-- R9/R11 read a customer's history; the outbox is the pending outcomes (R16)
create index history_customer on process_history (customer_id, action_date);
create index history_run on process_history (run_id, id);
create index history_outcome on process_history (outcome, id);
