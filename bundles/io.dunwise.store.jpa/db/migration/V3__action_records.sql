-- Version 3: what action handlers write (issue 6).
-- An activity or letter created by an action names it, once: an action handed over again after a crash finds what
-- it wrote the first time (R16). Hand-made ones name none (several nulls are allowed by a unique index).
alter table activity add column action_id varchar(32);
create unique index activity_action on activity (action_id);
alter table collection_letter add column action_id varchar(32);
create unique index letter_action on collection_letter (action_id);

-- The parts of an action's effect already done (an email to one of its recipients): an action handed over again
-- repeats none of them.
create table action_mark (
    action_id       bigint        not null,
    part            varchar(400)  not null,
    primary key (action_id, part)
);

-- Bounces and refusals are Dunwise's own record about an address (R30), kept when the ledger is imported again,
-- so they no longer live on the imported contact row.
create table contact_bounce (
    customer_id     varchar(64)   not null,
    email           varchar(320)  not null,
    bounced_on      date          not null,
    reason          varchar(1000),
    primary key (customer_id, email)
);
alter table contact drop column bounced;
