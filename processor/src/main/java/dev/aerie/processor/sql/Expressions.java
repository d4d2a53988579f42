package dev.aerie.processor.sql;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The column references of one expression and the sub-queries in it, which the checker resolves
 * in the sub-query's own scope. JSqlParser's adapter skips a window's PARTITION BY / ORDER BY and
 * an aggregate's FILTER, so those are walked here.
 */
final class Expressions extends ExpressionVisitorAdapter<Void> {
    final List<Column> columns = new ArrayList<>();
    final List<Select> subqueries = new ArrayList<>();

    static Expressions of(Expression expression) {
        Expressions found = new Expressions();
        if (expression != null) {
            expression.accept(found, null);
        }
        return found;
    }

    @Override
    public <S> Void visit(Column column, S context) {
        columns.add(column);
        return null;
    }

    @Override
    public <S> Void visit(ParenthesedSelect select, S context) {
        subqueries.add(select);
        return null;
    }

    @Override
    public <S> Void visit(Select select, S context) {
        subqueries.add(select);
        return null;
    }

    @Override
    public <S> Void visit(AnalyticExpression expression, S context) {
        super.visit(expression, context);
        if (expression.getPartitionExpressionList() != null) {
            expression.getPartitionExpressionList().forEach(e -> ((Expression) e).accept(this, context));
        }
        if (expression.getOrderByElements() != null) {
            for (OrderByElement order : expression.getOrderByElements()) {
                order.getExpression().accept(this, context);
            }
        }
        if (expression.getFilterExpression() != null) {
            expression.getFilterExpression().accept(this, context);
        }
        return null;
    }
}
