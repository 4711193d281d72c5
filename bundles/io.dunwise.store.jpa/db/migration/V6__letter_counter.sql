-- Version 6: letter numbers without gaps (R15, issue 18 §1).
-- A sequence hands out a number outside the transaction that posts the letter: a run killed between the two left
-- a gap, and the letter taken again got another number. The counter row is taken in the letter's own transaction
-- instead (and locked by it until it commits), so a letter that is not posted uses no number.
create table letter_counter (
    counter_id      integer       not null primary key,
    last_number     bigint        not null
);
insert into letter_counter (counter_id, last_number)
    select 1, coalesce(max(letter_number), 0) from collection_letter;
drop sequence letter_number;
