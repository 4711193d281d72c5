import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The floor of bench/engine: one bare JDBC query that reads the columns of every open invoice the engine reads, in
 * the engine's order, and touches each value — what any engine must at least spend on its data. Run as a
 * single-file program with the H2 driver of the product on the class path.
 */
public class FloorQuery {
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        long checksum = 0;
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "");
                PreparedStatement query = connection.prepareStatement("""
                        select id, customer_id, invoice_date, due_date, amount, open_amount, currency, status,
                               promise_date, promised_amount
                        from invoice where open_amount > 0
                        order by customer_id, due_date, invoice_date, id""")) {
            query.setFetchSize(5_000);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows++;
                    checksum += result.getString(1).length() + result.getString(2).length()
                            + result.getDate(3).getTime() + result.getDate(4).getTime()
                            + result.getBigDecimal(5).scale() + result.getBigDecimal(6).scale()
                            + result.getString(7).length() + result.getString(8).length();
                    result.getDate(9);
                    result.getBigDecimal(10);
                }
            }
        }
        System.out.printf("%d rows in %.1f s (checksum %d)%n", rows, (System.nanoTime() - started) / 1e9, checksum);
    }
}
