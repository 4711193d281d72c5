package io.dunwise.cli.internal;

import io.dunwise.operations.InvoiceShare;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --invoice ID[=AMOUNT[CURRENCY]]} as the settle command takes it: {@code I1}, {@code I1=50}, {@code I1=50EUR}. */
final class InvoiceShares {

    private static final Pattern SHARE = Pattern.compile("([^=\\s]+)(?:=([-+]?[0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]{3})?)?");

    private InvoiceShares() {
    }

    static List<InvoiceShare> parse(List<String> written) {
        return written.stream().map(InvoiceShares::parse).toList();
    }

    static InvoiceShare parse(String written) {
        Matcher matcher = SHARE.matcher(written.strip());
        if (!matcher.matches()) {
            throw new BadInputException("--invoice " + written + ": write ID or ID=AMOUNT, e.g. I1 or I1=50.00 or"
                    + " I1=50.00EUR");
        }
        if (matcher.group(2) == null) {
            return InvoiceShare.all(matcher.group(1));
        }
        String currency = matcher.group(3);
        if (currency != null && !currency.equals(currency.toUpperCase(java.util.Locale.ROOT))) {
            throw new BadInputException("--invoice " + written + ": the currency is a code in capitals, like EUR");
        }
        return new InvoiceShare(matcher.group(1), new BigDecimal(matcher.group(2)), currency);
    }
}
