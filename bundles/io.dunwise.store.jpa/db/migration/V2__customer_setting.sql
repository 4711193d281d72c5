-- Version 2: what collections agents decide about a customer in Dunwise, kept when the ledger is imported again
-- (like the process history, it names its customer by id only): a hold with its reason and resume date (R26) and
-- a manual strategy assignment (R5).
create table customer_setting (
    customer_id     varchar(64)   not null primary key,
    hold_reason     varchar(1000),
    resume_date     date,
    manual_strategy varchar(64)
);
