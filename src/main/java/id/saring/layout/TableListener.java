package id.saring.layout;

/** Receives the tables a sheet holds, row by row. */
public interface TableListener {

    void startTable(TableHeader header);

    void row(TableRow row);

    void endTable();
}
