package io.dunwise.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dunwise.dsl.strategies.StrategySetLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The strategy language's validation rules, through the {@link StrategySetLoader} service as the command line
 * and the workbench use it: each rule has a file that breaks it (with the exact message and location) and the
 * valid file next to it has no problem at all.
 */
@ExtendWith(ServiceExtension.class)
class ValidationRulesTest {

    private static final String SETUP = """
            pool P1 "first"
            pool P2 "second"
            activity Call "call" type call details "Call {{customer.name}}"
            email Mail "mail" default en { en subject "Invoice {{invoice.id}}" body "<p>{{contact.name}}</p>" }
            letter Letter "letter" { en subject "Reminder" body "Fee {{letter.fee}}" fee level 1 5 EUR }
            """;

    @InjectService(timeout = 10_000)
    StrategySetLoader loader;

    @TempDir
    Path folder;

    private List<String> problems(String text) throws IOException {
        return Strategies.problems(loader, folder.resolve("test.dun"), text);
    }

    /** The set-up (lines 1-5) and one strategy using all of it: no problem. */
    @Test
    void validStrategiesHaveNoProblems() throws IOException {
        assertEquals(List.of(), problems(SETUP + """
                strategy A "a" rank 1 pool P1 quiet 2 days exclude aged balance below 50 {
                	step "Heads-up" predunning email Mail to customer purpose "Billing" 5 days before due
                	step "Reminder" email Mail to salesGroup on due
                	step "Second reminder" email Mail to customer else letter Letter 2 days after due
                	step "Third reminder" email Mail to customer else letter 4 days after due
                	step "Call" activity Call 3 days after due
                	step "Letter" letter Letter 30 days after due
                }
                strategy B "b" rank 2 pool P2 { step "Letter" letter 30 days after due }
                """));
    }

    @Test
    void r30_onlyAnEmailToTheCustomerFallsBackToALetter() throws IOException {
        assertEquals(List.of(
                "7:33 error R30: only an email step falls back to a letter; this is an activity step",
                "8:40 error R30: a letter goes to the customer; an email to agent cannot fall back to one",
                "9:67 error unknown letter template 'Mail'; defined: Letter"),
                problems(SETUP + """
                        strategy A "a" rank 1 pool P1 {
                        	step "Call" activity Call else letter 3 days after due
                        	step "Agent" email Mail to agent else letter 4 days after due
                        	step "Mail" email Mail to customer purpose "Billing" else letter Mail 5 days after due
                        }
                        """));
    }

    @Test
    void r30_aContactCapAllowsAtLeastOneContactPerDay() throws IOException {
        assertEquals(List.of(), problems("parameters { company \"Nordlys\" contact cap 2 per 7 days }"));
        assertEquals(List.of("1:26 error R30: a contact cap allows at least 1 contact per at least 1 day, e.g. "
                + "contact cap 2 per 7 days"), problems("parameters { contact cap 0 per 7 days }"));
    }

    @Test
    void r4_aPoolIsUsedByOneStrategyOnly() throws IOException {
        assertEquals(List.of(
                "6:28 error R4: pool P1 is also used by strategy B (test.dun); a pool belongs to one strategy",
                "7:28 error R4: pool P1 is also used by strategy A (test.dun); a pool belongs to one strategy"),
                problems(SETUP + """
                        strategy A "a" rank 1 pool P1 { step "x" letter 3 days after due }
                        strategy B "b" rank 2 pool P1 { step "y" letter 3 days after due }
                        """));
    }

    @Test
    void r4_twoStrategiesDoNotShareARank() throws IOException {
        assertEquals(List.of(
                "6:21 error R4: rank 1 is also taken by strategy B (test.dun); every strategy needs its own rank",
                "7:21 error R4: rank 1 is also taken by strategy A (test.dun); every strategy needs its own rank"),
                problems(SETUP + """
                        strategy A "a" rank 1 pool P1 { step "x" letter 3 days after due }
                        strategy B "b" rank 1 pool P2 { step "y" letter 3 days after due }
                        """));
    }

    @Test
    void r10_atMostOnePreDunningStep() throws IOException {
        assertEquals(List.of("8:13 error R10: a strategy has at most one pre-dunning step"), problems(SETUP + """
                strategy A "a" rank 1 pool P1 {
                	step "one" predunning letter 5 days before due
                	step "two" predunning letter 2 days before due
                }
                """));
    }

    @Test
    void r10_preDunningIsNotAfterTheDueDate() throws IOException {
        assertEquals(List.of("7:39 error R10: a pre-dunning step must be due on or before the due date"),
                problems(SETUP + """
                        strategy A "a" rank 1 pool P1 {
                        	step "late" predunning letter 3 days after due
                        }
                        """));
    }

    @Test
    void r9_twoStepsAtTheSameOffsetCollide() throws IOException {
        assertEquals(List.of("8:34 error R9: steps 'one' and 'two' are both 3 days after due; only one of them"
                + " could ever be performed"), problems(SETUP + """
                        strategy A "a" rank 1 pool P1 {
                        	step "one" letter 3 days after due
                        	step "two" activity Call 3 days after due
                        }
                        """));
    }

    @Test
    void r3_aStrategyWithoutStepsIsReported() throws IOException {
        assertEquals(List.of("6:10 warning R3: strategy A has no steps; its customers get no action"),
                problems(SETUP + "strategy A \"a\" rank 1 pool P1 { }\n"));
    }

    @Test
    void r18_anUnknownActionTypeListsTheInstalledTypes() throws IOException {
        assertEquals(List.of("6:45 error R18: no installed handler provides action type 'sms'; available:"
                + " activity, email, letter"), problems(SETUP + """
                        strategy A "a" rank 1 pool P1 { step "Text" sms 3 days after due }
                        """));
    }

    @Test
    void r8_anEmailStepSaysWhoReceivesIt() throws IOException {
        assertEquals(List.of("6:45 error R8: an email step says who receives it: to customer, to salesGroup or to"
                + " agent"), problems(SETUP + """
                        strategy A "a" rank 1 pool P1 { step "Mail" email Mail 3 days after due }
                        """));
    }

    @Test
    void r8_emailAndActivityStepsNameATemplateOfTheirKind() throws IOException {
        assertEquals(List.of(
                "7:11 error R8: an email step names its email template, e.g. email Reminder",
                "8:17 error R8: Call is an activity template; an email step needs an email template"),
                problems(SETUP + """
                        strategy A "a" rank 1 pool P1 {
                        	step "x" email to customer 3 days after due
                        	step "y" email Call to customer 4 days after due
                        }
                        """));
    }

    @Test
    void anUnknownTemplateNamesTheDefinedOnes() throws IOException {
        List<String> problems = problems(SETUP + """
                strategy A "a" rank 1 pool P1 { step "x" email Mial to customer 3 days after due }
                """);
        assertEquals(List.of("6:48 error unknown template 'Mial'; defined: Call, Letter, Mail"), problems);
    }

    @Test
    void r13_r14_unknownPlaceholdersArePointedAt() throws IOException {
        assertEquals(List.of(
                "1:38 error unknown placeholder {{invoice.number}}; placeholders: "
                        + "customer.id, customer.name, customer.balance, contact.name, contact.email, invoice.id, "
                        + "invoice.invoiceDate, invoice.dueDate, invoice.amount, invoice.openAmount, "
                        + "invoice.currency, invoice.daysOverdue, invoices.table, invoices.count, invoices.total, "
                        + "agent.name, agent.email, company.name, run.date",
                "2:31 error {{letter.fee}} exists only in letters (R29)"),
                problems("""
                        activity Call "c" type call details "{{invoice.number}}"
                        email Mail { en subject "Fee: {{letter.fee}}" body "x" }
                        """));
    }

    @Test
    void r14_templateVersionsCoverTheDefaultLanguageOnce() throws IOException {
        assertEquals(List.of(
                "1:24 error R14: the default language 'de' has no version; versions: en, en",
                "1:53 error R31: the version in 'en' is already written"),
                problems("email Mail \"m\" default de { en subject \"a\" body \"b\" en subject \"c\" body \"d\" }\n"));
    }

    @Test
    void r29_feesAndInterestAreSetOnce() throws IOException {
        assertEquals(List.of(
                "3:12 error R29: the fee of level 1 in EUR is already set",
                "5:11 error R29: the interest rate for all other countries is already set"),
                problems("""
                        letter L {
                        	en subject "s" body "b" fee level 1 5 EUR
                        	fee level 1 7 EUR
                        	interest 8 %
                        	interest 9 %
                        }
                        """));
    }

    @Test
    void r1_poolsTestKnownFieldsWithFittingComparisons() throws IOException {
        assertEquals(List.of(
                "1:18 error R1: a pool cannot test 'segment'; fields: id, group, country, currency, language,"
                        + " salesGroup, creditLimit, balance, overdueDays, creditUse, or attribute.<name>",
                "2:24 error R1: group is a text; compare it with =, != or in",
                "3:28 error R1: balance is a number; compare it with a number, e.g. balance > 1000",
                "4:33 error R1: attribute.tier is a text; compare it with =, != or in",
                "5:33 error R1: overdueDays is a number; compare it with a number, e.g. overdueDays > 1000"),
                problems("""
                        pool A "a" where segment = "x"
                        pool B "b" where group > "x"
                        pool C "c" where balance > "lots" or attribute.segment = "retail"
                        pool D "d" where attribute.tier >= "2" and creditUse > 80
                        pool E "e" where overdueDays >= "a month"
                        """));
    }

    @Test
    void r19_agingPeriodsFollowEachOther() throws IOException {
        assertEquals(List.of(
                "1:22 error R19: period \"b\" should start at 11 to follow \"a\" (gap)",
                "1:34 error R19: only the first period may be open below ('to N')"),
                problems("aging G { \"a\" to 10; \"b\" 12..20; \"c\" to 30; \"d\" from 31 }\n"));
    }

    @Test
    void r19_anAgingDefinitionHasAtMostTwelvePeriods() throws IOException {
        StringBuilder periods = new StringBuilder("\"Current\" to 0");
        for (int month = 1; month <= 12; month++) {
            periods.append("; \"").append(month).append("\" ").append(month).append("..").append(month);
        }
        assertEquals(List.of("1:7 error R19: an aging definition has at most 12 periods, not 13 (an aging snapshot"
                + " keeps a column per period)"), problems("aging Monthly in months { " + periods + " }\n"));
        assertEquals(List.of(), problems("aging Monthly in months { " + periods.substring(0, periods.lastIndexOf(";"))
                + " }\n"));
    }

    @Test
    void namesAreUniqueWhateverTheirKind() throws IOException {
        assertEquals(List.of(
                "1:6 error duplicate name Same: an activity template of that name is also defined in test.dun",
                "2:10 error duplicate name Same: a pool of that name is also defined in test.dun"),
                problems("pool Same\nactivity Same type call\n"));
    }

    @Test
    void r25_parametersAreSetOnceWithAProbabilityAsThreshold() throws IOException {
        assertEquals(List.of(
                "1:35 error R12: the prediction threshold is a probability between 0 and 1",
                "2:1 error R25: the parameters are already set above; write them in one block"),
                problems("parameters { prediction threshold 70 }\nparameters { company \"x\" }\n"));
    }

    @Test
    void r12_aStrategyUsingPredictionsNeedsThePredictionActivity() throws IOException {
        String strategy = "strategy A \"a\" rank 1 pool P1 predictions { step \"Letter\" letter 30 days after due }\n";
        assertEquals(List.of("6:31 error R12: strategy A uses predictions, but the parameters name no prediction"
                + " activity; add one, e.g. parameters { prediction activity CallCustomer }"),
                problems(SETUP + strategy));
        assertEquals(List.of(), problems(SETUP + strategy + "parameters { prediction activity Call }\n"));
    }

    @Test
    void r25_banksAreDescribedOnceAndTheNsfFeeIsAnAmount() throws IOException {
        assertEquals(List.of(
                "2:9 error R23: the NSF fee is a positive amount and a currency code, e.g. nsf fee 25.00 EUR",
                "4:6 error R25: bank \"SEB-1\" is already described above"),
                problems("""
                        parameters {
                        nsf fee 0 EUR account "3591"
                        bank "SEB-1" account "1930" nsf journal "NSF-SEB"
                        bank "SEB-1" account "1931"
                        receivables account "1510" writeoff account "6351"
                        }
                        """));
        assertEquals(List.of(), problems("""
                parameters {
                nsf fee 25.00 EUR account "3591"
                bank "SEB-1" account "1930" nsf journal "NSF-SEB"
                bank "SEB-2" account "1931"
                }
                """));
    }

    @Test
    void r32_testsNameStepsOfTheirStrategy() throws IOException {
        assertEquals(List.of(
                "11:29 error R32: strategy A has no email step 'Reminder'; its steps: letter \"Letter\"",
                "12:5 error R32: 2026-10-04 is already expected above; list that day's actions together"),
                problems(SETUP + """
                        strategy A "a" rank 1 pool P1 { step "Letter" letter 30 days after due }
                        test A "t" {
                        	customer C1 group "CORP"
                        	invoice I1 of C1 due 2026-10-01 amount 100 EUR
                        	on 2026-10-31 expect letter "Letter" for I1
                        	on 2026-10-04 expect email "Reminder" for I1
                        	on 2026-10-04 expect nothing
                        }
                        """));
    }

    @Test
    void r32_testInvoicesBelongToCustomersOfTheTest() throws IOException {
        List<String> problems = problems(SETUP + """
                strategy A "a" rank 1 pool P1 { step "Letter" letter 30 days after due }
                test A { customer C1 invoice I1 of C9 due 2026-10-01 amount 100 EUR on 2026-10-31 expect nothing }
                """);
        assertEquals(List.of("7:36 error unknown customer of this test 'C9'; defined: C1"), problems);
    }

    @Test
    void syntaxErrorsAreDiagnosticsInTheAuthorsWords() throws IOException {
        List<String> problems = problems("pool P1 \"x\"\nstrategy A rank one pool P1 { }\n");
        assertTrue(problems.contains("2:17 error found 'one' where a whole number was expected"), problems::toString);
    }

    @Test
    void badDatesSayHowToWriteThem() throws IOException {
        List<String> problems = problems(SETUP + """
                strategy A "a" rank 1 pool P1 { step "Letter" letter 30 days after due }
                test A { customer C1 invoice I1 of C1 due 2026-13-01 amount 1 EUR on 2026-10-31 expect nothing }
                """);
        assertTrue(problems.get(0).startsWith("7:43 error '2026-13-01' is not a date; write it as year-month-day"),
                problems::toString);
    }
}
