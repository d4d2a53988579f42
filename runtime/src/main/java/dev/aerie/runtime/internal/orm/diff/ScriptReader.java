package dev.aerie.runtime.internal.orm.diff;

import dev.aerie.runtime.internal.orm.diff.SqlTokens.Kind;
import dev.aerie.runtime.internal.orm.diff.SqlTokens.Statement;
import dev.aerie.runtime.internal.orm.diff.SqlTokens.Token;
import dev.aerie.runtime.internal.orm.diff.TableModel.Column;
import dev.aerie.runtime.internal.orm.diff.TableModel.ForeignKey;
import dev.aerie.runtime.internal.orm.diff.TableModel.Index;
import dev.aerie.runtime.internal.orm.diff.TableModel.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Replays the schema statements of a script onto a {@link SchemaModel}: CREATE/DROP TABLE,
 * CREATE/DROP INDEX, ALTER TABLE (ADD/DROP/ALTER/MODIFY/RENAME COLUMN, ADD/DROP CONSTRAINT,
 * RENAME TO) and MariaDB's RENAME TABLE, in the spellings of H2, PostgreSQL and MariaDB. Data
 * statements (INSERT, UPDATE ...) and other objects (views, functions, sequences) do not change
 * tables and are skipped. A table statement it cannot read fails naming the script and line:
 * guessing would make {@code db diff} write a wrong script.
 */
final class ScriptReader {
    private static final Set<String> COLUMN_SPECS = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES",
            "AUTO_INCREMENT", "GENERATED", "CHECK", "COLLATE", "COMMENT", "CONSTRAINT", "IDENTITY", "ON");

    private final SchemaModel schema;
    private final String source;
    private List<Token> tokens = List.of();
    private int at;
    private int line;

    ScriptReader(SchemaModel schema, String source) {
        this.schema = schema;
        this.source = source;
    }

    /** Applies every statement of {@code script}; returns its {@code -- aerie:} directives. */
    List<String> apply(String script) {
        SqlTokens.Script read = SqlTokens.read(script);
        for (Statement statement : read.statements()) {
            tokens = statement.tokens();
            at = 0;
            line = statement.line();
            statement();
        }
        return read.directives();
    }

    private void statement() {
        if (accept("CREATE")) {
            accept("OR");
            accept("REPLACE");
            boolean unique = accept("UNIQUE");
            if (accept("INDEX")) {
                createIndex(unique);
            } else if (!unique && accept("TABLE")) {
                createTable();
            }
            // views, sequences, functions, extensions, types: no table changes
        } else if (accept("ALTER")) {
            if (accept("TABLE")) {
                alterTable();
            }
        } else if (accept("DROP")) {
            if (accept("TABLE")) {
                dropTables();
            } else if (accept("INDEX")) {
                dropIndex();
            }
        } else if (accept("RENAME")) {
            if (accept("TABLE")) {
                do {
                    String from = name();
                    expect("TO");
                    String to = name();
                    table(from);
                    schema.renameTable(from, to);
                } while (acceptSymbol(","));
            }
        }
        // INSERT, UPDATE, DELETE, SELECT, SET, COMMENT, GRANT ...: data and privileges, not tables
    }

    private void createTable() {
        boolean ifNotExists = ifNotExists();
        String name = name();
        if (schema.table(name).isPresent()) {
            if (ifNotExists) {
                return;
            }
            throw fail("table " + name + " is created a second time");
        }
        TableModel table = new TableModel(name);
        expectSymbol("(");
        do {
            tableElement(table);
        } while (acceptSymbol(","));
        expectSymbol(")");
        // table options (ENGINE=..., CHARSET ...) do not matter to the model
        schema.tables.put(name, table);
    }

    private void tableElement(TableModel table) {
        Optional<String> constraint = Optional.empty();
        if (accept("CONSTRAINT")) {
            constraint = Optional.of(name());
        }
        if (accept("PRIMARY")) {
            expect("KEY");
            table.primaryKey = Optional.of(new Key(constraint.orElse(table.name + "_pkey"), columnList()));
            table.primaryKey.get().columns().forEach(c -> notNull(table, c));
        } else if (accept("UNIQUE")) {
            if (!accept("KEY")) {
                accept("INDEX");
            }
            Optional<String> indexName = peekSymbol("(") ? Optional.empty() : Optional.of(name());
            List<String> columns = columnList();
            table.uniques.add(new Key(constraint.or(() -> indexName).orElse(table.name + "_" + String.join("_", columns) + "_key"), columns));
        } else if (accept("FOREIGN")) {
            expect("KEY");
            if (!peekSymbol("(")) {
                name(); // MariaDB's index name
            }
            List<String> columns = columnList();
            table.foreignKeys.add(references(constraint.orElse(table.name + "_" + String.join("_", columns) + "_fkey"), columns));
        } else if (accept("CHECK")) {
            skipGroup();
        } else if (constraint.isEmpty() && (peek("KEY") || peek("INDEX")) && tokens.size() > at + 1 && !tokens.get(at + 1).isSymbol(",")) {
            at++;
            String name = name();
            table.indexes.add(new Index(name, columnList(), false));
        } else if (constraint.isPresent()) {
            throw fail("constraint " + constraint.get() + " of an unknown kind");
        } else {
            Column column = columnDefinition(table, name());
            table.columns.put(column.name(), column);
        }
    }

    /** A column's type and specifications; inline PRIMARY KEY, UNIQUE and REFERENCES become constraints of {@code table}. */
    private Column columnDefinition(TableModel table, String name) {
        String type = type();
        boolean nullable = true;
        boolean identity = false;
        Optional<String> defaultValue = Optional.empty();
        if (type.equals("SERIAL") || type.equals("BIGSERIAL") || type.equals("SMALLSERIAL")) {
            type = switch (type) {
                case "SERIAL" -> "INTEGER";
                case "BIGSERIAL" -> "BIGINT";
                default -> "SMALLINT";
            };
            identity = true;
            nullable = false;
        }
        while (at < tokens.size() && !peekSymbol(",") && !peekSymbol(")")) {
            if (accept("NOT")) {
                expect("NULL");
                nullable = false;
            } else if (accept("NULL")) {
                nullable = true;
            } else if (accept("DEFAULT")) {
                defaultValue = Optional.of(expression());
            } else if (accept("AUTO_INCREMENT") || accept("IDENTITY")) {
                identity = true;
            } else if (accept("GENERATED")) {
                if (!accept("ALWAYS")) {
                    expect("BY");
                    expect("DEFAULT");
                }
                expect("AS");
                if (accept("IDENTITY")) {
                    identity = true;
                    if (peekSymbol("(")) {
                        skipGroup();
                    }
                } else {
                    skipGroup(); // a computed column
                    accept("STORED");
                    accept("VIRTUAL");
                }
            } else if (accept("PRIMARY")) {
                expect("KEY");
                table.primaryKey = Optional.of(new Key(table.name + "_pkey", List.of(name)));
                nullable = false;
            } else if (accept("UNIQUE")) {
                accept("KEY");
                table.uniques.add(new Key(table.name + "_" + name + "_key", List.of(name)));
            } else if (accept("REFERENCES")) {
                at--;
                table.foreignKeys.add(references(table.name + "_" + name + "_fkey", List.of(name)));
            } else if (accept("CONSTRAINT")) {
                name();
            } else if (accept("CHECK")) {
                skipGroup();
            } else if (accept("COLLATE") || accept("COMMENT")) {
                at++;
            } else if (accept("CHARACTER") || accept("CHARSET")) {
                accept("SET");
                at++;
            } else {
                throw fail("unexpected '" + tokens.get(at).text() + "' in the definition of column " + name);
            }
        }
        return new Column(name, type, nullable, defaultValue, identity);
    }

    private ForeignKey references(String name, List<String> columns) {
        expect("REFERENCES");
        String target = name();
        List<String> referenced = peekSymbol("(") ? columnList() : List.of();
        String onDelete = "NO ACTION";
        while (accept("ON")) {
            boolean delete = accept("DELETE");
            if (!delete) {
                expect("UPDATE");
            }
            String action = action();
            if (delete) {
                onDelete = action;
            }
        }
        accept("DEFERRABLE");
        return new ForeignKey(name, columns, target, referenced.isEmpty() ? primaryKeyOf(target) : referenced, onDelete);
    }

    private List<String> primaryKeyOf(String table) {
        return schema.table(table).flatMap(t -> t.primaryKey).map(Key::columns).orElse(List.of("id"));
    }

    private String action() {
        if (accept("CASCADE")) {
            return "CASCADE";
        }
        if (accept("RESTRICT")) {
            return "RESTRICT";
        }
        if (accept("SET")) {
            if (accept("NULL")) {
                return "SET NULL";
            }
            expect("DEFAULT");
            return "SET DEFAULT";
        }
        expect("NO");
        expect("ACTION");
        return "NO ACTION";
    }

    private void createIndex(boolean unique) {
        accept("CONCURRENTLY");
        ifNotExists();
        String name = name();
        expect("ON");
        accept("ONLY");
        TableModel table = table(name());
        if (accept("USING")) {
            at++;
        }
        List<String> columns = columnList();
        table.indexes.removeIf(index -> index.name().equals(name));
        table.indexes.add(new Index(name, columns, unique));
    }

    private void alterTable() {
        boolean ifExists = accept("IF") && expect("EXISTS");
        accept("ONLY");
        String name = name();
        Optional<TableModel> found = schema.table(name);
        if (found.isEmpty() && ifExists) {
            return;
        }
        TableModel table = found.orElseThrow(() -> fail("table " + name + " does not exist"));
        do {
            alteration(table);
        } while (acceptSymbol(","));
    }

    private void alteration(TableModel table) {
        if (accept("ADD")) {
            if (peek("CONSTRAINT") || peek("PRIMARY") || peek("UNIQUE") || peek("FOREIGN") || peek("CHECK")) {
                tableElement(table);
            } else if (peek("INDEX") || peek("KEY")) {
                tableElement(table);
            } else {
                accept("COLUMN");
                ifNotExists();
                Column column = columnDefinition(table, name());
                table.columns.put(column.name(), column);
            }
        } else if (accept("DROP")) {
            if (accept("CONSTRAINT")) {
                boolean ifExists = ifExists();
                String constraint = name();
                if (!table.dropNamed(constraint) && !ifExists) {
                    throw fail("table " + table.name + " has no constraint " + constraint);
                }
            } else if (accept("PRIMARY")) {
                expect("KEY");
                table.primaryKey = Optional.empty();
            } else if (accept("FOREIGN") || accept("INDEX") || accept("KEY")) {
                accept("KEY");
                ifExists();
                table.dropNamed(name());
            } else {
                accept("COLUMN");
                boolean ifExists = ifExists();
                String column = name();
                if (!table.columns.containsKey(column) && !ifExists) {
                    throw fail("table " + table.name + " has no column " + column);
                }
                table.dropColumn(column);
            }
            accept("CASCADE");
            accept("RESTRICT");
        } else if (accept("RENAME")) {
            if (accept("TO") || accept("AS")) {
                String to = name();
                schema.renameTable(table.name, to);
            } else if (accept("CONSTRAINT")) {
                name();
                expect("TO");
                name(); // constraints are compared by what they cover
            } else {
                accept("COLUMN");
                String from = name();
                expect("TO");
                rename(table, from, name());
            }
        } else if (accept("MODIFY")) {
            accept("COLUMN");
            String name = name();
            column(table, name);
            table.columns.put(name, columnDefinition(table, name));
        } else if (accept("CHANGE")) {
            accept("COLUMN");
            String from = name();
            column(table, from);
            String to = name();
            rename(table, from, to);
            table.columns.put(to, columnDefinition(table, to));
        } else if (accept("ALTER")) {
            accept("COLUMN");
            String name = name();
            Column column = column(table, name);
            if (accept("RENAME")) {
                expect("TO");
                rename(table, name, name());
            } else if (accept("SET")) {
                if (accept("NOT")) {
                    expect("NULL");
                    table.columns.put(name, new Column(name, column.type(), false, column.defaultValue(), column.identity()));
                } else if (accept("DEFAULT")) {
                    table.columns.put(name, new Column(name, column.type(), column.nullable(), Optional.of(expression()), column.identity()));
                } else if (accept("NULL")) {
                    table.columns.put(name, new Column(name, column.type(), true, column.defaultValue(), column.identity()));
                } else {
                    expect("DATA");
                    expect("TYPE");
                    table.columns.put(name, new Column(name, type(), column.nullable(), column.defaultValue(), column.identity()));
                    skipUsing();
                }
            } else if (accept("DROP")) {
                if (accept("NOT")) {
                    expect("NULL");
                    table.columns.put(name, new Column(name, column.type(), true, column.defaultValue(), column.identity()));
                } else {
                    expect("DEFAULT");
                    table.columns.put(name, new Column(name, column.type(), column.nullable(), Optional.empty(), column.identity()));
                }
            } else if (accept("TYPE")) {
                table.columns.put(name, new Column(name, type(), column.nullable(), column.defaultValue(), column.identity()));
                skipUsing();
            } else {
                // H2's ALTER COLUMN c <definition>
                table.columns.put(name, columnDefinition(table, name));
            }
        } else {
            throw fail("ALTER TABLE " + (at < tokens.size() ? tokens.get(at).text() : "") + " is not something db diff reads");
        }
    }

    private void skipUsing() {
        if (accept("USING")) {
            expression();
        }
    }

    private void rename(TableModel table, String from, String to) {
        column(table, from);
        schema.renameColumn(table, from, to);
    }

    private void dropTables() {
        boolean ifExists = ifExists();
        do {
            String name = name();
            if (schema.tables.remove(name) == null && !ifExists) {
                throw fail("table " + name + " does not exist");
            }
        } while (acceptSymbol(","));
    }

    private void dropIndex() {
        accept("CONCURRENTLY");
        boolean ifExists = ifExists();
        String name = name();
        if (accept("ON")) {
            table(name()).dropNamed(name);
            return;
        }
        boolean dropped = false;
        for (TableModel table : schema.tables.values()) {
            dropped |= table.indexes.removeIf(index -> index.name().equals(name));
        }
        if (!dropped && !ifExists) {
            throw fail("index " + name + " does not exist");
        }
    }

    /** A column type, normalised: upper case, one space between words, arguments as {@code (19, 2)}. */
    private String type() {
        StringBuilder type = new StringBuilder();
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            if (token.isSymbol("(")) {
                at++;
                List<String> args = new ArrayList<>();
                while (!peekSymbol(")")) {
                    args.add(tokens.get(at).text().toUpperCase(Locale.ROOT));
                    at++;
                    acceptSymbol(",");
                }
                at++;
                type.append('(').append(String.join(", ", args)).append(')');
            } else if (token.kind() == Kind.WORD && !COLUMN_SPECS.contains(token.text().toUpperCase(Locale.ROOT))
                    && !(token.is("CHARACTER") && at + 1 < tokens.size() && tokens.get(at + 1).is("SET")) && !token.is("CHARSET")) {
                if (!type.isEmpty()) {
                    type.append(' ');
                }
                type.append(token.text().toUpperCase(Locale.ROOT));
                at++;
            } else if (token.isSymbol("[")) {
                type.append("[]");
                at += 2;
            } else {
                break;
            }
        }
        if (type.isEmpty()) {
            throw fail("a column type was expected");
        }
        return type.toString();
    }

    /** An expression up to the next column specification, comma or closing parenthesis outside parentheses, as text. */
    private String expression() {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            if (depth == 0 && (token.isSymbol(",") || token.isSymbol(")")
                    || (token.kind() == Kind.WORD && COLUMN_SPECS.contains(token.text().toUpperCase(Locale.ROOT)) && !text.isEmpty()))) {
                break;
            }
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
            boolean glue = token.kind() == Kind.SYMBOL && !token.isSymbol(",") || text.isEmpty()
                    || text.charAt(text.length() - 1) == '(' || text.charAt(text.length() - 1) == ':' || text.charAt(text.length() - 1) == '-';
            text.append(glue ? "" : " ").append(token.sql());
            at++;
        }
        return text.toString();
    }

    private List<String> columnList() {
        expectSymbol("(");
        List<String> columns = new ArrayList<>();
        do {
            columns.add(name());
            if (peekSymbol("(")) {
                skipGroup(); // a prefix length (MariaDB)
            }
            if (!accept("ASC")) {
                accept("DESC");
            }
        } while (acceptSymbol(","));
        expectSymbol(")");
        return List.copyOf(columns);
    }

    private void skipGroup() {
        expectSymbol("(");
        int depth = 1;
        while (at < tokens.size() && depth > 0) {
            Token token = tokens.get(at++);
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
        }
    }

    /** A possibly qualified name ({@code schema.table}): its last part. */
    private String name() {
        if (at >= tokens.size() || (tokens.get(at).kind() != Kind.WORD && tokens.get(at).kind() != Kind.QUOTED)) {
            throw fail("a name was expected");
        }
        String name = tokens.get(at++).identifier();
        while (acceptSymbol(".")) {
            name = tokens.get(at++).identifier();
        }
        return name;
    }

    private TableModel table(String name) {
        return schema.table(name).orElseThrow(() -> fail("table " + name + " does not exist"));
    }

    private Column column(TableModel table, String name) {
        Column column = table.columns.get(name);
        if (column == null) {
            throw fail("table " + table.name + " has no column " + name);
        }
        return column;
    }

    private void notNull(TableModel table, String name) {
        Column column = table.columns.get(name);
        if (column != null) {
            table.columns.put(name, new Column(name, column.type(), false, column.defaultValue(), column.identity()));
        }
    }

    private boolean ifNotExists() {
        if (accept("IF")) {
            expect("NOT");
            expect("EXISTS");
            return true;
        }
        return false;
    }

    private boolean ifExists() {
        return accept("IF") && expect("EXISTS");
    }

    private boolean peek(String keyword) {
        return at < tokens.size() && tokens.get(at).is(keyword);
    }

    private boolean peekSymbol(String symbol) {
        return at < tokens.size() && tokens.get(at).isSymbol(symbol);
    }

    private boolean accept(String keyword) {
        if (peek(keyword)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean acceptSymbol(String symbol) {
        if (peekSymbol(symbol)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean expect(String keyword) {
        if (!accept(keyword)) {
            throw fail(keyword + " was expected");
        }
        return true;
    }

    private void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw fail("'" + symbol + "' was expected");
        }
    }

    private MigrationScriptException fail(String problem) {
        String near = at < tokens.size() ? " near '" + tokens.get(at).text() + "'" : " at the end of the statement";
        int where = at < tokens.size() ? tokens.get(at).line() : line;
        return new MigrationScriptException(source + " line " + where + ": db diff cannot read this statement: " + problem + near
                + ". Write it as one of the forms docs/migrations.md lists (\"What db diff reads\"), or fix the script.");
    }
}
