package dev.aerie.processor.sql;

import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/**
 * Parses one statement with JSqlParser and checks it against the {@link SqlSchema}: tables,
 * columns (qualified, unqualified, ambiguous), named parameters, the result's columns against the
 * record it maps to, the columns an INSERT must and must not name, and what the chosen dialects
 * do not accept. Anything it cannot follow (a table function, a column of an unknown sub-query)
 * is accepted: the checker reports only what it knows is wrong.
 */
final class SqlChecker {
    /** Names JSqlParser may read as columns that are SQL keywords or functions without parentheses. */
    private static final Set<String> NOT_COLUMNS = Set.of("current_date", "current_time", "current_timestamp",
            "localtime", "localtimestamp", "current_user", "session_user", "user", "sysdate", "default", "true",
            "false", "null", "unknown", "current_schema", "current_catalog", "current_role");

    /**
     * What the caller knows about the statement's surroundings.
     *
     * @param parameters the names the caller binds; empty when not known (a map built elsewhere)
     * @param parameterSource how messages name them: "the method's parameters", "the Map.of(...)"
     * @param result the record the rows map to; empty for none or unknown
     * @param scalar the scalar type the first column is read as, when there is one
     */
    record Expectation(Optional<Set<String>> parameters, String parameterSource, Optional<ResultType> result,
                       Optional<SqlSchema.SqlType> scalar) {
        static Expectation none() {
            return new Expectation(Optional.empty(), "", Optional.empty(), Optional.empty());
        }
    }

    /** A record rows map to by label: its components' column names and types. */
    record ResultType(String name, List<Component> components) {
        ResultType {
            components = List.copyOf(components);
        }
    }

    record Component(String name, String column, Optional<SqlSchema.SqlType> type, String javaType) {}

    enum Dialect { H2, POSTGRESQL, MARIADB }

    private final SqlSchema schema;
    private final Set<Dialect> dialects;

    SqlChecker(SqlSchema schema, Set<Dialect> dialects) {
        this.schema = schema;
        this.dialects = Set.copyOf(dialects);
    }

    /** The findings for {@code sql}, in order, each once. */
    List<Finding> check(String sql, Expectation expectation) {
        Run run = new Run();
        parameters(sql, expectation, run);
        Statement statement;
        try {
            statement = CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(true).Statement();
        } catch (Exception | Error parserComplaint) { // JavaCC's TokenMgrError is an Error
            String complaint = String.valueOf(parserComplaint.getMessage()).lines().findFirst().orElse("").strip();
            run.add(DiagnosticKind.UNPARSED_SQL, "JSqlParser cannot parse this SQL (" + complaint + "), so it is not"
                    + " checked.", "If your database accepts it, put @UncheckedSql on the method to say so; otherwise"
                    + " fix the statement.");
            return run.findings();
        }
        if (schema.tables().isEmpty()) {
            return run.findings(); // no entity at all: the application keeps its own schema, tables are not checked
        }
        try {
            Optional<List<Scope.Output>> output = statement(statement, run);
            output.ifPresent(columns -> result(columns, expectation, run));
        } catch (RuntimeException bug) {
            run.add(DiagnosticKind.UNPARSED_SQL, "the SQL checker could not follow this statement (" + bug + "), so it"
                    + " is not fully checked.", "Please report it with the statement; put @UncheckedSql on the method"
                    + " to silence this.");
        }
        return run.findings();
    }

    /** The findings of one check, in order and without repeats. */
    private static final class Run {
        private final Set<Finding> findings = new LinkedHashSet<>();
        private final Map<String, Optional<List<Scope.Output>>> ctes = new HashMap<>();

        void add(DiagnosticKind kind, String message, String fix) {
            findings.add(new Finding(kind, message.replace("`?.", "`?"), fix));
        }

        List<Finding> findings() {
            return List.copyOf(findings);
        }
    }

    // ---- parameters ----

    private static void parameters(String sql, Expectation expectation, Run run) {
        if (expectation.parameters().isEmpty()) {
            return;
        }
        Set<String> used = SqlText.parameters(sql);
        Set<String> supplied = expectation.parameters().get();
        for (String name : used) {
            if (!supplied.contains(name)) {
                run.add(DiagnosticKind.BAD_SQL_PARAMETER, "the SQL uses :" + name + ", which is not among "
                        + expectation.parameterSource() + Closest.hint(name, supplied, ":") + ".", supplied.isEmpty()
                        ? "Supply :" + name + ", or remove it from the SQL."
                        : "Supply :" + name + ", or use one of " + supplied.stream().map(s -> ":" + s)
                                .collect(Collectors.joining(", ")) + ".");
            }
        }
        for (String name : supplied) {
            if (!used.contains(name)) {
                run.add(DiagnosticKind.BAD_SQL_PARAMETER, name + " of " + expectation.parameterSource()
                        + " is not used by the SQL" + Closest.hint(name, used, ":") + ".",
                        "Use it as :" + name + " in the SQL, or remove it.");
            }
        }
    }

    // ---- statements ----

    private Optional<List<Scope.Output>> statement(Statement statement, Run run) {
        if (statement instanceof Select select) {
            return select(select, Optional.empty(), run);
        }
        if (statement instanceof Insert insert) {
            return insert(insert, run);
        }
        if (statement instanceof Update update) {
            return update(update, run);
        }
        if (statement instanceof Delete delete) {
            return delete(delete, run);
        }
        return Optional.empty(); // DDL and the rest: parsed, not checked
    }

    /** The columns a query produces; empty when not known. */
    private Optional<List<Scope.Output>> select(Select select, Optional<Scope> outer, Run run) {
        with(select.getWithItemsList(), outer, run);
        if (select instanceof ParenthesedSelect parenthesed) {
            return select(parenthesed.getSelect(), outer, run);
        }
        if (select instanceof SetOperationList union) {
            Optional<List<Scope.Output>> first = Optional.empty();
            for (int i = 0; i < union.getSelects().size(); i++) {
                Optional<List<Scope.Output>> out = select(union.getSelects().get(i), outer, run);
                if (i == 0) {
                    first = out;
                }
            }
            return first;
        }
        if (select instanceof Values values) {
            expressions(values.getExpressions(), new Scope(outer), run);
            return Optional.empty();
        }
        if (select instanceof PlainSelect plain) {
            return plain(plain, outer, run);
        }
        return Optional.empty();
    }

    private void with(List<WithItem<?>> items, Optional<Scope> outer, Run run) {
        if (items == null) {
            return;
        }
        items.forEach(item -> run.ctes.put(lower(item.getUnquotedAliasName()), Optional.empty())); // recursive ones name themselves
        for (WithItem<?> item : items) {
            if (item.getSelect() == null) {
                continue; // a data-modifying CTE: not followed
            }
            Optional<List<Scope.Output>> out = select(item.getSelect(), outer, run);
            if (item.getWithItemList() != null && !item.getWithItemList().isEmpty()) {
                out = Optional.of(item.getWithItemList().stream()
                        .map(i -> new Scope.Output(Optional.of(unquote(i.toString())), Optional.empty(), i.toString()))
                        .toList());
            }
            run.ctes.put(lower(item.getUnquotedAliasName()), out);
        }
    }

    private Optional<List<Scope.Output>> plain(PlainSelect plain, Optional<Scope> outer, Run run) {
        Scope scope = new Scope(outer);
        if (plain.getFromItem() != null) {
            from(plain.getFromItem(), scope, run);
        }
        List<Join> joins = plain.getJoins() == null ? List.of() : plain.getJoins();
        for (Join join : joins) {
            from(join.getRightItem(), scope, run);
        }
        for (Join join : joins) {
            join.getOnExpressions().forEach(on -> expression(on, scope, Set.of(), run));
            if (join.getUsingColumns() != null) {
                join.getUsingColumns().forEach(c -> column(c, scope, Set.of(), run));
            }
        }
        List<Scope.Output> outputs = new ArrayList<>();
        boolean known = true;
        for (SelectItem<?> item : plain.getSelectItems()) {
            Expression e = item.getExpression();
            if (e instanceof AllColumns && !(e instanceof AllTableColumns)) {
                for (Scope.Source source : scope.sources()) {
                    known &= source.columns().isPresent();
                    source.columns().ifPresent(outputs::addAll);
                }
            } else if (e instanceof AllTableColumns all) {
                Optional<Scope.Source> source = scope.source(unquote(all.getTable().getName()));
                if (source.isEmpty()) {
                    unknownQualifier(all.getTable().getName(), all.toString(), scope, run);
                    known = false;
                } else {
                    known &= source.get().columns().isPresent();
                    source.get().columns().ifPresent(outputs::addAll);
                }
            } else {
                Optional<SqlSchema.SqlType> type = expression(e, scope, Set.of(), run);
                Optional<String> name = Optional.ofNullable(item.getAlias()).map(a -> unquote(a.getName()))
                        .or(() -> e instanceof Column c ? Optional.of(unquote(c.getColumnName())) : Optional.empty());
                outputs.add(new Scope.Output(name, type, e.toString()));
            }
        }
        Set<String> aliases = outputs.stream().flatMap(o -> o.name().stream()).map(SqlChecker::lower)
                .collect(Collectors.toSet());
        expression(plain.getWhere(), scope, Set.of(), run);
        if (plain.getGroupBy() != null && plain.getGroupBy().getGroupByExpressionList() != null) {
            plain.getGroupBy().getGroupByExpressionList().forEach(g -> expression((Expression) g, scope, aliases, run));
        }
        expression(plain.getHaving(), scope, aliases, run);
        expression(plain.getQualify(), scope, aliases, run);
        if (plain.getOrderByElements() != null) {
            for (OrderByElement order : plain.getOrderByElements()) {
                expression(order.getExpression(), scope, aliases, run);
            }
        }
        return known ? Optional.of(outputs) : Optional.empty();
    }

    /** Adds a FROM item to {@code scope}: a table of the schema, a CTE, a sub-query, or something opaque. */
    private void from(FromItem item, Scope scope, Run run) {
        Optional<String> alias = Optional.ofNullable(item.getAlias()).map(Alias::getName).map(SqlChecker::unquote);
        if (item instanceof Table table) {
            String name = unquote(table.getName());
            String as = alias.orElse(name);
            if (table.getSchemaName() == null && run.ctes.containsKey(lower(name))) {
                scope.add(new Scope.Source(as, name, run.ctes.get(lower(name))));
            } else if (table.getSchemaName() != null) {
                scope.add(new Scope.Source(as, name, Optional.empty())); // information_schema, pg_catalog...: not modelled
            } else {
                Optional<SqlSchema.Table> known = schema.table(name);
                if (known.isEmpty()) {
                    unknownTable(name, run);
                }
                scope.add(new Scope.Source(as, name, known.map(SqlChecker::outputs)));
            }
        } else if (item instanceof ParenthesedSelect sub) {
            Optional<List<Scope.Output>> out = select(sub.getSelect(), Optional.of(scope), run);
            Optional<Alias> a = Optional.ofNullable(item.getAlias());
            if (a.isPresent() && a.get().getAliasColumns() != null && !a.get().getAliasColumns().isEmpty()) {
                out = Optional.of(a.get().getAliasColumns().stream()
                        .map(c -> new Scope.Output(Optional.of(unquote(c.name)), Optional.empty(), c.name)).toList());
            }
            scope.add(new Scope.Source(alias.orElse("(subquery)"), alias.orElse("(subquery)"), out));
        } else if (item instanceof ParenthesedFromItem nested) {
            from(nested.getFromItem(), scope, run);
            if (nested.getJoins() != null) {
                for (Join join : nested.getJoins()) {
                    from(join.getRightItem(), scope, run);
                    join.getOnExpressions().forEach(on -> expression(on, scope, Set.of(), run));
                }
            }
        } else {
            // a table function (generate_series, unnest, json_table): its columns are not known
            scope.add(new Scope.Source(alias.orElse("(function)"), alias.orElse("(function)"), Optional.empty()));
        }
    }

    private Optional<List<Scope.Output>> insert(Insert insert, Run run) {
        with(insert.getWithItemsList(), Optional.empty(), run);
        String name = unquote(insert.getTable().getName());
        Optional<SqlSchema.Table> table = schema.table(name);
        if (table.isEmpty()) {
            unknownTable(name, run);
            return Optional.empty();
        }
        Scope target = targetScope(table.get(), insert.getTable(), Optional.empty());
        List<String> named = new ArrayList<>();
        if (insert.getColumns() != null) {
            for (Column c : insert.getColumns()) {
                String column = unquote(c.getColumnName());
                named.add(lower(column));
                Optional<SqlSchema.Column> known = table.get().column(column);
                if (known.isEmpty()) {
                    run.add(DiagnosticKind.UNKNOWN_COLUMN, "table `" + table.get().name() + "` has no column `" + column + "`"
                            + Closest.hint(column, table.get().columnNames(), "") + ".", columnsFix(table.get()));
                } else if (known.get().generated()) {
                    run.add(DiagnosticKind.BAD_INSERT, "the INSERT sets `" + known.get().name() + "` of `" + table.get().name()
                            + "`, which the database generates.", "Leave `" + known.get().name() + "` out of the column"
                            + " list and the VALUES; read it back with RETURNING or Session.insert.");
                }
            }
            List<String> missing = table.get().columns().stream()
                    .filter(c -> !c.nullable() && !c.generated() && !named.contains(lower(c.name())))
                    .map(SqlSchema.Column::name).toList();
            if (!missing.isEmpty()) {
                run.add(DiagnosticKind.BAD_INSERT, "the INSERT into `" + table.get().name() + "` leaves out "
                        + missing.stream().map(m -> "`" + m + "`").collect(Collectors.joining(", "))
                        + (missing.size() == 1 ? ", which is" : ", which are") + " NOT NULL without a default.",
                        "Add " + String.join(", ", missing) + " to the column list and the VALUES.");
            }
        }
        Select source = insert.getSelect();
        if (source instanceof Values values) {
            for (Object row : rows(values.getExpressions())) {
                int count = row instanceof ParenthesedExpressionList<?> list ? list.size() : 1;
                if (insert.getColumns() != null && count != insert.getColumns().size()) {
                    run.add(DiagnosticKind.BAD_INSERT, "the INSERT into `" + table.get().name() + "` names "
                            + insert.getColumns().size() + " columns but gives " + count + " values.",
                            "Give one value per column, in the order of the column list.");
                }
                expression((Expression) row, new Scope(Optional.empty()), Set.of(), run);
            }
        } else if (source != null) {
            Optional<List<Scope.Output>> out = select(source, Optional.empty(), run);
            if (out.isPresent() && insert.getColumns() != null && out.get().size() != insert.getColumns().size()) {
                run.add(DiagnosticKind.BAD_INSERT, "the INSERT into `" + table.get().name() + "` names "
                        + insert.getColumns().size() + " columns but its SELECT gives " + out.get().size() + ".",
                        "Select one value per column, in the order of the column list.");
            }
        }
        if (insert.getConflictTarget() != null || insert.getConflictAction() != null) {
            dialect(Dialect.MARIADB, "ON CONFLICT", "use INSERT ... ON DUPLICATE KEY UPDATE there, or Session.insertIgnoringDuplicate", run);
            if (insert.getConflictTarget() != null && insert.getConflictTarget().getIndexColumnNames() != null) {
                for (String column : insert.getConflictTarget().getIndexColumnNames()) {
                    targetColumn(table.get(), unquote(column), run);
                }
            }
            Scope upsert = targetScope(table.get(), insert.getTable(), Optional.of("excluded"));
            if (insert.getConflictAction() != null) {
                sets(insert.getConflictAction().getUpdateSets(), table.get(), upsert, run);
                expression(insert.getConflictAction().getWhereExpression(), upsert, Set.of(), run);
            }
        }
        if (insert.getDuplicateUpdateSets() != null) {
            dialect(Dialect.POSTGRESQL, "ON DUPLICATE KEY UPDATE", "use INSERT ... ON CONFLICT (...) DO UPDATE there", run);
            dialect(Dialect.H2, "ON DUPLICATE KEY UPDATE", "use MERGE there, or Session.insertIgnoringDuplicate", run);
            sets(insert.getDuplicateUpdateSets(), table.get(), target, run);
        }
        if (insert.getSetUpdateSets() != null) {
            sets(insert.getSetUpdateSets(), table.get(), target, run);
        }
        if (insert.getReturningClause() != null) {
            dialect(Dialect.H2, "RETURNING", "select the row again after the INSERT, or use Session.insert", run);
            return Optional.of(returning(insert.getReturningClause(), target, run));
        }
        return Optional.empty();
    }

    private Optional<List<Scope.Output>> update(Update update, Run run) {
        with(update.getWithItemsList(), Optional.empty(), run);
        String name = unquote(update.getTable().getName());
        Optional<SqlSchema.Table> table = schema.table(name);
        if (table.isEmpty()) {
            unknownTable(name, run);
            return Optional.empty();
        }
        Scope scope = targetScope(table.get(), update.getTable(), Optional.empty());
        if (update.getFromItem() != null) {
            from(update.getFromItem(), scope, run);
        }
        if (update.getJoins() != null) {
            for (Join join : update.getJoins()) {
                from(join.getRightItem(), scope, run);
                join.getOnExpressions().forEach(on -> expression(on, scope, Set.of(), run));
            }
        }
        for (UpdateSet set : update.getUpdateSets()) {
            for (Column c : set.getColumns()) {
                targetColumn(table.get(), unquote(c.getColumnName()), run).filter(SqlSchema.Column::generated)
                        .ifPresent(g -> run.add(DiagnosticKind.BAD_INSERT, "the UPDATE sets `" + g.name() + "` of `"
                                + table.get().name() + "`, which the database generates.", "Do not change a generated id;"
                                + " leave it out of SET."));
            }
            expressions(set.getValues(), scope, run);
        }
        expression(update.getWhere(), scope, Set.of(), run);
        if (update.getReturningClause() != null) {
            dialect(Dialect.H2, "RETURNING", "select the row again after the UPDATE", run);
            dialect(Dialect.MARIADB, "UPDATE ... RETURNING", "select the row again after the UPDATE", run);
            return Optional.of(returning(update.getReturningClause(), scope, run));
        }
        return Optional.empty();
    }

    private Optional<List<Scope.Output>> delete(Delete delete, Run run) {
        with(delete.getWithItemsList(), Optional.empty(), run);
        String name = unquote(delete.getTable().getName());
        Optional<SqlSchema.Table> table = schema.table(name);
        if (table.isEmpty()) {
            unknownTable(name, run);
            return Optional.empty();
        }
        Scope scope = targetScope(table.get(), delete.getTable(), Optional.empty());
        if (delete.getUsingList() != null) {
            delete.getUsingList().forEach(t -> from(t, scope, run));
        }
        if (delete.getJoins() != null) {
            for (Join join : delete.getJoins()) {
                from(join.getRightItem(), scope, run);
                join.getOnExpressions().forEach(on -> expression(on, scope, Set.of(), run));
            }
        }
        expression(delete.getWhere(), scope, Set.of(), run);
        if (delete.getReturningClause() != null) {
            dialect(Dialect.H2, "RETURNING", "select the rows before the DELETE", run);
            return Optional.of(returning(delete.getReturningClause(), scope, run));
        }
        return Optional.empty();
    }

    private Scope targetScope(SqlSchema.Table table, Table written, Optional<String> excluded) {
        Scope scope = new Scope(Optional.empty());
        String as = Optional.ofNullable(written.getAlias()).map(a -> unquote(a.getName())).orElse(table.name());
        scope.add(new Scope.Source(as, table.name(), Optional.of(outputs(table))));
        excluded.ifPresent(e -> scope.add(new Scope.Source(e, table.name(), Optional.of(outputs(table)))));
        return scope;
    }

    private void sets(List<UpdateSet> sets, SqlSchema.Table table, Scope scope, Run run) {
        if (sets == null) {
            return;
        }
        for (UpdateSet set : sets) {
            set.getColumns().forEach(c -> targetColumn(table, unquote(c.getColumnName()), run));
            expressions(set.getValues(), scope, run);
        }
    }

    private List<Scope.Output> returning(List<SelectItem<?>> items, Scope scope, Run run) {
        List<Scope.Output> outputs = new ArrayList<>();
        for (SelectItem<?> item : items) {
            Expression e = item.getExpression();
            if (e instanceof AllColumns) {
                scope.sources().get(0).columns().ifPresent(outputs::addAll);
                continue;
            }
            Optional<SqlSchema.SqlType> type = expression(e, scope, Set.of(), run);
            Optional<String> name = Optional.ofNullable(item.getAlias()).map(a -> unquote(a.getName()))
                    .or(() -> e instanceof Column c ? Optional.of(unquote(c.getColumnName())) : Optional.empty());
            outputs.add(new Scope.Output(name, type, e.toString()));
        }
        return outputs;
    }

    private Optional<SqlSchema.Column> targetColumn(SqlSchema.Table table, String column, Run run) {
        Optional<SqlSchema.Column> known = table.column(column);
        if (known.isEmpty()) {
            run.add(DiagnosticKind.UNKNOWN_COLUMN, "table `" + table.name() + "` has no column `" + column + "`"
                    + Closest.hint(column, table.columnNames(), "") + ".", columnsFix(table));
        }
        return known;
    }

    // ---- expressions ----

    private void expressions(ExpressionList<?> list, Scope scope, Run run) {
        if (list != null) {
            list.forEach(e -> expression((Expression) e, scope, Set.of(), run));
        }
    }

    /** Resolves the columns of {@code e} and checks its sub-queries; the type of a plain column, COUNT or CAST. */
    private Optional<SqlSchema.SqlType> expression(Expression e, Scope scope, Set<String> aliases, Run run) {
        if (e == null) {
            return Optional.empty();
        }
        Expressions found = Expressions.of(e);
        Optional<SqlSchema.SqlType> type = Optional.empty();
        for (Column column : found.columns) {
            Optional<SqlSchema.SqlType> t = column(column, scope, aliases, run);
            if (column == e) {
                type = t;
            }
        }
        for (Select sub : found.subqueries) {
            select(sub, Optional.of(scope), run);
        }
        if (e instanceof Function f && f.getName() != null && f.getName().equalsIgnoreCase("count")) {
            type = Optional.of(SqlSchema.SqlType.INTEGER);
        } else if (e instanceof CastExpression cast && cast.getColDataType() != null) {
            type = castType(cast.getColDataType().getDataType());
        }
        return type;
    }

    /** Checks one column reference; its type when it names a known column. */
    private Optional<SqlSchema.SqlType> column(Column column, Scope scope, Set<String> aliases, Run run) {
        String name = unquote(column.getColumnName());
        Table qualifier = column.getTable();
        if (qualifier == null || qualifier.getName() == null) {
            if (NOT_COLUMNS.contains(lower(name)) || aliases.contains(lower(name))) {
                return Optional.empty();
            }
            return unqualified(name, scope, run);
        }
        if (qualifier.getSchemaName() != null) {
            return Optional.empty(); // schema.table.column, or a composite field: not followed
        }
        String prefix = unquote(qualifier.getName());
        Optional<Scope.Source> source = scope.source(prefix);
        if (source.isEmpty()) {
            unknownQualifier(prefix, column.toString(), scope, run);
            return Optional.empty();
        }
        if (source.get().columns().isEmpty()) {
            return Optional.empty();
        }
        Optional<Scope.Output> found = source.get().column(name);
        if (found.isEmpty()) {
            Set<String> names = source.get().columns().get().stream().flatMap(o -> o.name().stream())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            run.add(DiagnosticKind.UNKNOWN_COLUMN, source.get().display() + " has no column `" + name + "`"
                    + Closest.hint(name, names, prefix + ".") + ".", "Use one of its columns: " + String.join(", ", names) + ".");
            return Optional.empty();
        }
        return found.get().type();
    }

    private Optional<SqlSchema.SqlType> unqualified(String name, Scope scope, Run run) {
        for (Scope level = scope; level != null; level = level.parent().orElse(null)) {
            List<Scope.Source> having = level.sources().stream().filter(s -> s.has(name)).toList();
            if (having.size() > 1) {
                run.add(DiagnosticKind.AMBIGUOUS_COLUMN, "column `" + name + "` is in "
                        + having.stream().map(Scope.Source::display).collect(Collectors.joining(" and ")) + ".",
                        "Qualify it: " + having.stream().map(s -> s.name() + "." + name).collect(Collectors.joining(" or ")) + ".");
                return Optional.empty();
            }
            if (having.size() == 1) {
                return having.get(0).column(name).flatMap(Scope.Output::type);
            }
            if (level.open()) {
                return Optional.empty(); // may be a column of the source the checker cannot see into
            }
        }
        String where = scope.sources().isEmpty() ? "this statement has no FROM"
                : "no table in FROM has it (" + scope.sources().stream().map(Scope.Source::display)
                        .collect(Collectors.joining(", ")) + ")";
        run.add(DiagnosticKind.UNKNOWN_COLUMN, "unknown column `" + name + "`: " + where
                + Closest.hint(name, scope.columnNames(), "") + ".", scope.columnNames().isEmpty()
                ? "Name a column of a table in FROM, or quote a string literal with single quotes."
                : "Use one of " + String.join(", ", scope.columnNames()) + ".");
        return Optional.empty();
    }

    private void unknownQualifier(String prefix, String reference, Scope scope, Run run) {
        Set<String> names = scope.sourceNames();
        run.add(DiagnosticKind.UNKNOWN_TABLE, "`" + reference + "` names `" + prefix + "`, which is no table or alias in"
                + " this statement's FROM" + Closest.hint(prefix, names, "") + ".", names.isEmpty()
                ? "Add the table to FROM."
                : "Use one of " + String.join(", ", names) + ", or add the table to FROM.");
    }

    private void unknownTable(String name, Run run) {
        run.add(DiagnosticKind.UNKNOWN_TABLE, "unknown table `" + name + "`: no @Entity of this compilation or of the"
                + " modules it imports has that table" + Closest.hint(name, schema.tables().values().stream()
                        .map(SqlSchema.Table::name).toList(), "") + ".",
                "Use the table name of an @Entity (known: " + String.join(", ", schema.tables().values().stream()
                        .map(SqlSchema.Table::name).toList()) + "), or put @UncheckedSql on the method when the table"
                        + " is not an entity.");
    }

    private void dialect(Dialect dialect, String feature, String instead, Run run) {
        if (dialects.contains(dialect)) {
            run.add(DiagnosticKind.DIALECT_SQL, dialect.name().charAt(0) + dialect.name().substring(1).toLowerCase(Locale.ROOT)
                    .replace("sql", "SQL").replace("db", "DB") + " does not accept " + feature + ", and aerie.sql.dialects"
                    + " includes " + lower(dialect.name()) + ".", "Write it so every chosen dialect accepts it: " + instead
                    + "; or drop " + lower(dialect.name()) + " from -Aaerie.sql.dialects.");
        }
    }

    // ---- the result ----

    private static void result(List<Scope.Output> outputs, Expectation expectation, Run run) {
        expectation.result().ifPresent(record -> {
            List<Component> missing = new ArrayList<>();
            for (Component component : record.components()) {
                Optional<Scope.Output> column = outputs.stream()
                        .filter(o -> o.name().map(component.column()::equalsIgnoreCase).orElse(false)).findFirst();
                if (column.isEmpty()) {
                    missing.add(component);
                } else if (column.get().type().isPresent() && component.type().isPresent()
                        && !column.get().type().get().fits(component.type().get())) {
                    run.add(DiagnosticKind.RESULT_MISMATCH, "column `" + component.column() + "` is "
                            + column.get().type().get().display() + " but component " + component.name() + " of "
                            + record.name() + " is " + component.javaType() + ".",
                            "Change the component's type, or select a value of type " + component.type().get().display()
                                    + " (CAST it) under that name.");
                }
            }
            if (!missing.isEmpty()) {
                List<String> unnamed = outputs.stream().filter(o -> o.name().isEmpty()).map(Scope.Output::text).toList();
                String columns = missing.stream().map(c -> "`" + c.column() + "`").collect(Collectors.joining(", "));
                run.add(DiagnosticKind.RESULT_MISMATCH, "the result has no column " + columns + " for " + record.name()
                        + "; it selects " + outputs.stream().map(o -> o.name().orElse(o.text()))
                                .collect(Collectors.joining(", ")) + ".",
                        unnamed.isEmpty()
                                ? "Select " + missing.stream().map(Component::column).collect(Collectors.joining(", "))
                                        + ", or alias columns to those names."
                                : "Alias the expression: " + unnamed.get(0) + " AS " + missing.get(0).column()
                                        + " (an expression's own label differs between databases).");
            }
        });
        expectation.scalar().ifPresent(scalar -> {
            if (!outputs.isEmpty() && outputs.get(0).type().isPresent() && !outputs.get(0).type().get().fits(scalar)) {
                run.add(DiagnosticKind.RESULT_MISMATCH, "the first column, " + outputs.get(0).text() + ", is "
                        + outputs.get(0).type().get().display() + " but the result is read as " + scalar.display() + ".",
                        "Select a value of type " + scalar.display() + " first, or change the result type.");
            }
        });
    }

    // ---- names ----

    private static List<Scope.Output> outputs(SqlSchema.Table table) {
        return table.columns().stream().map(c -> new Scope.Output(Optional.of(c.name()), Optional.of(c.type()), c.name()))
                .toList();
    }

    private static String columnsFix(SqlSchema.Table table) {
        return "Use one of its columns: " + String.join(", ", table.columnNames()) + ".";
    }

    private static List<?> rows(ExpressionList<?> values) {
        if (values == null) {
            return List.of();
        }
        boolean multiRow = !values.isEmpty() && values.stream().allMatch(v -> v instanceof ParenthesedExpressionList<?>);
        return multiRow && !(values instanceof ParenthesedExpressionList<?>) ? values : List.of(values);
    }

    private static Optional<SqlSchema.SqlType> castType(String dataType) {
        String t = lower(dataType).replaceAll("\\(.*", "").strip();
        return switch (t) {
            case "text", "varchar", "char", "character varying", "clob" -> Optional.of(SqlSchema.SqlType.TEXT);
            case "int", "integer", "bigint", "smallint", "int4", "int8", "signed" -> Optional.of(SqlSchema.SqlType.INTEGER);
            case "numeric", "decimal", "real", "double precision", "float", "double" -> Optional.of(SqlSchema.SqlType.DECIMAL);
            case "boolean", "bool" -> Optional.of(SqlSchema.SqlType.BOOLEAN);
            case "uuid" -> Optional.of(SqlSchema.SqlType.UUID);
            case "date" -> Optional.of(SqlSchema.SqlType.DATE);
            case "timestamp", "timestamptz", "datetime" -> Optional.of(SqlSchema.SqlType.TIMESTAMP);
            default -> Optional.empty();
        };
    }

    static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"))) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
