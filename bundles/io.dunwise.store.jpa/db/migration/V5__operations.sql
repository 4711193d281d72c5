-- Version 5: collections operations (issue 8, R21–R24).
-- A payment returned for non-sufficient funds (R23). Dunwise's own record, kept when the ledger is imported again
-- (so no foreign key to the imported payment); the NSF journal entry that reversed it, when there was one.
create table payment_return (
    payment_id      varchar(64)   not null primary key,
    returned_on     date          not null,
    entry_id        bigint
);

-- The journal listing (dunwise journal) reads every entry in order; the settle, write-off and NSF entries name the
-- payment and invoices they touch on their lines.
create index journal_line_invoice on journal_line (invoice_id);
create index journal_line_payment on journal_line (payment_id);
