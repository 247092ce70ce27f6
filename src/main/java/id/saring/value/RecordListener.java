package id.saring.value;

import id.saring.layout.TableHeader;
import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Location;

/** Receives the records of each table, in row order. */
public interface RecordListener {

    void startTable(TableHeader header);

    void capaian(CapaianRecord record);

    void budget(BudgetLine line);

    /** The row at {@code row} was read moved {@code shift} columns (+1 right, -1 left) to fit its headers. */
    void rowShifted(Location row, int shift);

    void endTable();
}
