package io.dunwise.ui.parts;

import io.dunwise.aging.AgedTotal;
import io.dunwise.ledger.api.Amount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * A bar chart of the aging buckets of one total: a bar per period, its height the period's share of the largest,
 * with the period's label under it and its amount over it (R20).
 */
final class BucketChart {

    private static final int MARGIN = 12;

    private final Canvas canvas;
    private final Color bar;
    private final Color overdue;
    private List<String> labels = List.of();
    private AgedTotal total;

    BucketChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        bar = new Color(70, 130, 180);
        overdue = new Color(200, 80, 60);
        canvas.addPaintListener(event -> paint(event.gc));
        canvas.addDisposeListener(event -> {
            bar.dispose();
            overdue.dispose();
        });
    }

    Canvas control() {
        return canvas;
    }

    void show(List<String> periodLabels, AgedTotal shown) {
        this.labels = List.copyOf(periodLabels);
        this.total = shown;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (total == null || total.periods().isEmpty()) {
            gc.drawText("No aged balances yet: create a snapshot.", MARGIN, MARGIN, true);
            return;
        }
        gc.drawText(String.format("%s: %s over %d customers", total.currency(), money(total.total()),
                total.customers()), MARGIN, 4, true);
        BigDecimal largest = total.periods().stream().map(Amount::value).max(BigDecimal::compareTo)
                .filter(value -> value.signum() > 0).orElse(BigDecimal.ONE);
        int count = total.periods().size();
        int lineHeight = gc.getFontMetrics().getHeight();
        int top = 12 + 2 * lineHeight;
        int bottom = area.height - MARGIN - lineHeight;
        int slot = Math.max(1, (area.width - 2 * MARGIN) / count);
        for (int i = 0; i < count; i++) {
            BigDecimal value = total.periods().get(i).value().max(BigDecimal.ZERO);
            int height = value.multiply(BigDecimal.valueOf(Math.max(0, bottom - top)))
                    .divide(largest, 0, RoundingMode.HALF_UP).intValue();
            int x = MARGIN + i * slot + slot / 6;
            int width = Math.max(1, slot * 2 / 3);
            gc.setBackground(i == 0 ? bar : overdue);
            gc.fillRectangle(x, bottom - height, width, height);
            String label = i < labels.size() ? labels.get(i) : Integer.toString(i + 1);
            Point labelSize = gc.textExtent(label);
            gc.drawText(label, x + (width - labelSize.x) / 2, bottom + 2, true);
            String amount = money(total.periods().get(i));
            Point amountSize = gc.textExtent(amount);
            gc.drawText(amount, x + (width - amountSize.x) / 2, bottom - height - lineHeight - 1, true);
        }
    }

    private static String money(Amount amount) {
        return String.format("%,.2f", amount.value());
    }
}
