package io.dunwise.ledger.csv.internal;

import io.dunwise.ledger.api.Agent;
import io.dunwise.ledger.api.Contact;
import io.dunwise.ledger.api.Customer;
import io.dunwise.ledger.api.Invoice;
import io.dunwise.ledger.api.LedgerLoad;
import io.dunwise.ledger.api.Payment;
import io.dunwise.ledger.api.SalesRep;
import io.dunwise.ledger.csv.ImportProblem;
import io.dunwise.ledger.csv.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small valid folder of ledger files, to spoil, and an import of it into a load that only keeps what it gets. */
final class LedgerFolder {

    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("customers.csv", """
                id,name,group,country,currency,language,creditLimit,salesGroup,onHold,attributes
                C1,Nordlys Trading AB,CORP,SE,SEK,sv,50000,SG1,false,region=north;tier=gold
                C2,"Delta ""Foods"", Ltd.",RETAIL,GB,GBP,en,,,true,
                C3,Überlingen Café SARL,,FR,EUR,fr,1250.5,SG2,false,
                """);
        FILES.put("contacts.csv", """
                customer,name,email,language,purposes,primary,collectionsContact,bounced
                C1,Karin Berg,karin@nordlys.example,sv,Collections;Billing,true,true,false
                C1,Olof Berg,olof@nordlys.example,,Billing,false,false,false
                C3,Claire Dubois,claire@uberlingen.example,fr,Collections,true,false,false
                """);
        FILES.put("salesreps.csv", """
                salesGroup,name,email,contact,primary
                SG1,Anna Rep,anna@dunwise.example,true,true
                SG2,Bo Rep,bo@dunwise.example,false,true
                """);
        FILES.put("agents.csv", """
                id,name,email,team
                A1,Agnes Agent,agnes@dunwise.example,North
                A2,Arne Agent,arne@dunwise.example,South
                """);
        FILES.put("invoices.csv", """
                id,customer,invoiceDate,dueDate,amount,openAmount,currency,status,promiseDate,promisedAmount
                CN1,C1,2026-09-26,2026-09-26,-40.00,-40.00,SEK,open,,
                I1,C1,2026-09-01,2026-10-01,1200.50,1200.50,SEK,open,,
                I2,C1,2026-09-11,2026-10-11,300.00,150.00,SEK,promised,2026-10-06,150.00
                I3,C1,2026-07-03,2026-08-02,99.99,99.99,SEK,open,,
                I4,C3,2026-08-22,2026-09-21,0.0125,0.0125,EUR,disputed,,
                """);
        FILES.put("payments.csv", """
                id,customer,date,amount,currency,bankAccount,settles
                P1,C1,2026-09-20,250.00,SEK,SE-BANK-1,I2:150.00;I3:99.99
                P2,C3,2026-10-01,10.00,EUR,,
                """);
    }

    private LedgerFolder() {
    }

    static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** The problems of an import of the folder, as {@code file:line: message}; none when it was imported. */
    static List<String> problems(Path folder) {
        return imported(folder, new KeptLoad());
    }

    static List<String> imported(Path folder, KeptLoad load) {
        LedgerImport run = new LedgerImport(folder, load, Progress.NONE);
        run.run();
        if (!run.problems().any()) {
            return List.of();
        }
        return run.problems().exception().problems().stream().map(ImportProblem::toString).toList();
    }

    /** A load that keeps what it is given, in memory. */
    static final class KeptLoad implements LedgerLoad {

        final List<Object> rows = new ArrayList<>();

        @Override
        public void customer(Customer customer) {
            rows.add(customer);
        }

        @Override
        public void contact(Contact contact) {
            rows.add(contact);
        }

        @Override
        public void salesRep(SalesRep rep) {
            rows.add(rep);
        }

        @Override
        public void agent(Agent agent) {
            rows.add(agent);
        }

        @Override
        public void invoice(Invoice invoice) {
            rows.add(invoice);
        }

        @Override
        public void payment(Payment payment) {
            rows.add(payment);
        }

        @Override
        public void commit() {
        }

        @Override
        public void close() {
        }
    }
}
